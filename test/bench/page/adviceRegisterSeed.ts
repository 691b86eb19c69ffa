import { adviceSchema, conclusionDecisions, followUpDecisions, type Advice, type VersionStatus } from '@shared/advice/adviceSchema';
import { addDays } from '@shared/advice/deadlines';
import { createDatabase } from '../../../renderer/db/database';

const today = () => new Date().toLocaleDateString('sv-SE');
const stamp = (date: string) => `${date}T10:00:00.000Z`;

/**
 * One advice on each of the first `count` seeded cases, spread over the last
 * three years so every quick period holds some: about one in eight still in
 * draft or review, the rest issued with a mix of conclusions, follow-up and
 * re-reviews, so the flags and the counts have work to do.
 */
function generateAdvice(caseId: string, n: number, on: string): Advice {
  const started = addDays(on, -((n * 7919) % 1095));
  const pending = n % 8 === 0;
  const latestStatus: VersionStatus = pending ? (n % 16 === 0 ? 'draft' : 'review') : 'issued';
  const number = 1 + (n % 3 === 0 ? 1 : 0);
  const issuedDay = addDays(started, 14);
  const issuedOn = pending ? null : issuedDay;
  const concluded = issuedOn !== null && n % 5 !== 0;
  const versions = Array.from({ length: number }, (_, index) => {
    const status: VersionStatus = index + 1 === number ? latestStatus : 'issued';
    return {
      id: crypto.randomUUID(),
      number: index + 1,
      status,
      reason: index === 0 ? '' : 'Nieuwe feiten over de bewaartermijn',
      createdAt: stamp(started),
      issuedAt: status === 'issued' ? stamp(issuedDay) : null,
    };
  });
  const decision = conclusionDecisions[n % conclusionDecisions.length]!;
  return adviceSchema.parse({
    caseId,
    versions,
    latest: { number, status: latestStatus },
    issuedOn,
    factCheck: null,
    conclusion: concluded
      ? { decision, reasons: decision === 'adopted' ? '' : 'Past niet in de begroting.', receivedOn: addDays(issuedDay, 30) }
      : null,
    conclusionRecordedAt: concluded ? stamp(addDays(issuedDay, 30)) : null,
    followUp: {
      discussedOn: concluded ? addDays(issuedDay, 60) : null,
      decision: concluded ? followUpDecisions[n % followUpDecisions.length]! : null,
      reReviewOn: concluded && n % 4 === 0 ? addDays(issuedDay, 365) : null,
      note: '',
    },
    publication: {
      classificationChecked: concluded,
      publicSummary: concluded ? 'Korte beschrijving van het onderwerp.' : '',
      publishedOn: concluded ? addDays(issuedDay, 45) : null,
      url: '',
    },
    createdAt: stamp(started),
    updatedAt: stamp(issuedOn ?? started),
  });
}

/** Writes the advices straight into the app's IndexedDB in one bulk write; the register only reads them. */
export async function seedAdvices(count: number): Promise<{ count: number; ms: number }> {
  const db = createDatabase();
  const start = performance.now();
  // Cases that have an advice already (other benches seed their own) keep it.
  const taken = new Set(await db.advices.toCollection().primaryKeys());
  const caseIds = ((await db.cases.toCollection().primaryKeys()) as string[]).filter((id) => !taken.has(id)).slice(0, count);
  const on = today();
  await db.advices.bulkPut(caseIds.map((caseId, n) => generateAdvice(caseId, n, on)));
  const ms = performance.now() - start;
  db.close();
  return { count: caseIds.length, ms };
}
