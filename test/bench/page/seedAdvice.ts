import type { Advice, AdviceVersion, Recommendation } from '@shared/advice/adviceSchema';
import { doc, paragraph } from '@shared/richText/build';
import type { BeraadDb } from '../../../renderer/db/database';
import { generateNote } from './generateNote';

const stamp = (day: number) => new Date(Date.UTC(2026, 0, 1 + day, 10)).toISOString();

/** About 30 pages: long considerations and context, fifteen recommendations, the rest short. */
function version(caseId: string, number: number, status: AdviceVersion['status']): AdviceVersion {
  const recommendations: Recommendation[] = Array.from({ length: 15 }, (_, i) => ({
    id: crypto.randomUUID(),
    text: doc(paragraph(`Aanbeveling ${i + 1} in versie ${number}: beperk de bewaartermijn en evalueer na een jaar.`)),
    direction: (['technology', 'environment', 'user'] as const)[i % 3]!,
    confidential: false,
  }));
  const considerations = generateNote(20);
  // Each version changes a little, as a real revision does.
  considerations.content!.splice(number * 3, 1, paragraph(`Gewijzigde afweging in versie ${number}.`));
  // A resident in no register: the review before publication has something to list.
  considerations.content!.splice(number * 3 + 1, 0, paragraph('Mevrouw Karin Smeets belde over de camera bij haar voordeur.'));
  return {
    id: crypto.randomUUID(),
    caseId,
    number,
    status,
    reason: number > 1 ? `Herziening ${number}` : '',
    sections: {
      topicSummary: doc(paragraph('Slimme camera’s op het Stationsplein.')),
      question: doc(paragraph('Mogen beelden automatisch worden geanalyseerd?')),
      context: generateNote(6),
      working: doc(paragraph('Twee bijeenkomsten volgens de begeleidingsethiek.')),
      considerations,
      minorityView: doc(paragraph('Eén lid vond de inzet niet proportioneel.')),
    },
    confidentialSections: [],
    recommendations,
    working: { methods: ['Begeleidingsethiek'], meetings: [], participants: [] },
    reviews: [],
    createdAt: stamp(number * 10),
    updatedAt: stamp(number * 10),
    issuedAt: status === 'issued' ? stamp(number * 10 + 1) : null,
  };
}

/**
 * Two cases with five versions each: one whose newest version is issued (it
 * opens read-only) and one whose newest is a draft (it opens in the editors).
 */
export async function seedAdvice(db: BeraadDb): Promise<{ issuedCaseId: string; draftCaseId: string }> {
  const [issuedCaseId, draftCaseId] = (await db.cases.limit(2).primaryKeys()) as [string, string];
  for (const caseId of [issuedCaseId, draftCaseId]) {
    const versions = [1, 2, 3, 4, 5].map((n) =>
      version(caseId, n, n < 5 || caseId === issuedCaseId ? 'issued' : 'draft'),
    );
    const latest = versions.at(-1)!;
    const advice: Advice = {
      caseId,
      versions: versions.map(({ id, number, status, reason, createdAt, issuedAt }) => ({ id, number, status, reason, createdAt, issuedAt })),
      latest: { number: 5, status: latest.status },
      issuedOn: '2026-02-20',
      factCheck: null,
      conclusion: null,
      conclusionRecordedAt: null,
      followUp: { discussedOn: null, decision: null, reReviewOn: null, note: '' },
      publication: { classificationChecked: false, publicSummary: '', publishedOn: null, url: '' },
      createdAt: stamp(0),
      updatedAt: stamp(50),
    };
    await db.transaction('rw', db.advices, db.adviceVersions, async () => {
      await db.adviceVersions.bulkPut(versions);
      await db.advices.put(advice);
    });
  }
  return { issuedCaseId, draftCaseId };
}
