import { createCaseRepository } from '../../../renderer/cases/caseRepository';
import { createDatabase } from '../../../renderer/db/database';
import { defaultReferencePattern } from '@shared/cases/reference';
import { generateCases } from './generateCases';

/**
 * Runs inside the app's own origin (injected by run.ts) so it seeds the same
 * IndexedDB the app reads, through the same repository code the app uses.
 */
async function seed(total: number, batch: number): Promise<{ ms: number }> {
  const db = createDatabase();
  const cases = createCaseRepository(db);
  const start = performance.now();
  for (let offset = 0; offset < total; offset += batch) {
    await cases.register(generateCases(Math.min(batch, total - offset), offset), defaultReferencePattern);
  }
  const ms = performance.now() - start;
  db.close();
  return { ms };
}

(window as unknown as { beraadBench: unknown }).beraadBench = { seed };
