import { createDatabase, type BeraadDb } from '../../../../renderer/db/database';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';

/** A fresh, uniquely named database in fake-indexeddb, optionally at an older schema version. */
export function testDatabase(upToVersion = Math.max(...schemaVersions.map((v) => v.version)), name = `test-${crypto.randomUUID()}`): BeraadDb {
  return createDatabase(name, schemaVersions.filter((v) => v.version <= upToVersion));
}
