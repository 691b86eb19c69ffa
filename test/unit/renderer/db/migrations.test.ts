import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../renderer/db/database';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import type { RichText } from '@shared/cases/caseSchema';
import { caseInput } from '../../../fixtures/caseInput';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('schema history', () => {
  it('numbers versions strictly upward from 1', () => {
    schemaVersions.forEach((v, index) => expect(v.version).toBe(index + 1));
  });

  /*
   * The harness every future migration uses: write data at version N, close,
   * reopen with the full history, and check the data arrived intact.
   */
  it.each(schemaVersions.map((v) => v.version))('keeps data written at version %i when opened at the latest', async (version) => {
    const name = `migration-${version}-${crypto.randomUUID()}`;
    names.push(name);
    const old = createDatabase(name, schemaVersions.filter((v) => v.version <= version));
    const description: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Achtergrond' }] }] };
    const [registered] = await createCaseRepository(old).register([{ input: caseInput(), description }], 'EA-{jjjj}-{nnn}');
    old.close();

    const latest = createDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(schemaVersions.at(-1)!.version);
    expect(await latest.cases.get(registered!.id)).toEqual(registered);
    expect((await latest.caseDescriptions.get(registered!.id))?.doc).toEqual(description);
    latest.close();
  });

  it('adds the people and meeting tables in version 2 next to existing cases', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = createDatabase(name, schemaVersions.filter((v) => v.version === 1));
    await createCaseRepository(v1).register([{ input: caseInput() }], 'EA-{nnn}');
    v1.close();
    const v2 = createDatabase(name);
    await v2.open();
    expect(await v2.cases.count()).toBe(1);
    for (const table of ['people', 'caseBoards', 'methodTemplates', 'meetings', 'notes', 'noteRevisions', 'records', 'actions']) {
      expect(await v2.table(table).count()).toBe(0);
    }
    v2.close();
  });

  it('adds the advice tables in version 3 next to existing cases and meetings', async () => {
    const name = `migration-v3-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = createDatabase(name, schemaVersions.filter((v) => v.version <= 2));
    await createCaseRepository(v2).register([{ input: caseInput() }], 'EA-{nnn}');
    await v2.people.put({ id: crypto.randomUUID() } as never);
    v2.close();
    const v3 = createDatabase(name);
    await v3.open();
    expect(await v3.cases.count()).toBe(1);
    expect(await v3.people.count()).toBe(1);
    for (const table of ['advices', 'adviceVersions', 'auditEvents']) expect(await v3.table(table).count()).toBe(0);
    v3.close();
  });

  it('adds the screening tables in version 6 next to existing cases and templates', async () => {
    const name = `migration-v6-${crypto.randomUUID()}`;
    names.push(name);
    const v5 = createDatabase(name, schemaVersions.filter((v) => v.version <= 5));
    await createCaseRepository(v5).register([{ input: caseInput() }], 'EA-{nnn}');
    await v5.methodTemplates.put({ id: 'm', version: 1 } as never);
    v5.close();
    const v6 = createDatabase(name);
    await v6.open();
    expect(await v6.cases.count()).toBe(1);
    expect(await v6.methodTemplates.count()).toBe(1);
    for (const table of ['screenings', 'screeningTemplates']) expect(await v6.table(table).count()).toBe(0);
    expect(await v6.screenings.where('caseId').equals('x').count()).toBe(0);
    v6.close();
  });
});
