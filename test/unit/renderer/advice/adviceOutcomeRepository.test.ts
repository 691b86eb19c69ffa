import { beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '@shared/advice/adviceSchema';
import { doc, paragraph } from '@shared/richText/build';
import { createAdviceOutcomeRepository, type AdviceOutcomeRepository } from '../../../../renderer/advice/adviceOutcomeRepository';
import { createAdviceRepository, type AdviceRepository } from '../../../../renderer/advice/adviceRepository';
import { createCaseRepository, type CaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { createPeopleRepository } from '../../../../renderer/people/peopleRepository';
import { caseInput } from '../../../fixtures/caseInput';
import { personInput } from '../../../fixtures/people';
import { testDatabase } from '../db/testDatabase';

const labels = { positiveEffects: 'Positief', negativeEffects: 'Negatief', values: 'Waarden', agreements: 'Afspraken' };
const by = 'Sanne Secretaris';
const published: Publication = {
  classificationChecked: true,
  publicSummary: 'Camera’s op het plein, kort.',
  publishedOn: '2026-07-01',
  url: 'https://www.gemeente.example.nl/adviezen/ea-001',
};

describe('advice outcome repository', () => {
  let db: BeraadDb;
  let cases: CaseRepository;
  let advice: AdviceRepository;
  let outcome: AdviceOutcomeRepository;
  let caseId: string;
  let memberId: string;

  /** Issue happens on 1 June; what comes of the advice is recorded weeks later, on 15 July. */
  let now: Date;

  beforeEach(async () => {
    db = testDatabase();
    now = new Date('2026-06-01T10:00:00Z');
    const clock = () => now;
    cases = createCaseRepository(db, clock);
    advice = createAdviceRepository(db, cases, clock);
    outcome = createAdviceOutcomeRepository(db, clock);
    caseId = (await cases.registerOne({ input: caseInput(), status: 'advies_in_opstelling' }, 'EA-{nnn}')).id;
    const people = createPeopleRepository(db, clock);
    memberId = (await people.create(personInput({ name: 'Anna de Vries' }))).id;
    await people.saveBoard({ caseId, members: [{ personId: memberId, role: 'lid' }], conflicts: [], note: '' }, 'Sanne Secretaris');
  });

  async function startAdvice() {
    const { latest } = await advice.start(caseId, labels, by);
    const filled = await advice.saveContent(
      latest.id,
      {
        sections: { ...latest.sections, topicSummary: doc(paragraph('Camera’s op het plein')) },
        confidentialSections: [],
        recommendations: [{ id: crypto.randomUUID(), text: doc(paragraph('Bewaar kort.')), direction: 'technology', confidential: false }],
      },
      by,
    );
    if (!filled.ok) throw new Error(filled.reasons.join());
    return filled.value;
  }

  async function issueAdvice() {
    const version = await startAdvice();
    await advice.step(version.id, 'review', by);
    await advice.addReview(version.id, { personId: memberId, kind: 'approval', comment: '' }, by);
    await advice.step(version.id, 'approved', by);
    const issued = await advice.step(version.id, 'issued', by);
    if (!issued.ok) throw new Error(issued.reasons.join());
    now = new Date('2026-07-15T10:00:00Z');
  }

  /** Everything the outcome calls may write, to show a refusal left it untouched. */
  const snapshot = async () => ({
    advice: await db.advices.get(caseId),
    trail: await db.auditEvents.count(),
    status: (await db.cases.get(caseId))?.status,
  });

  const actions = async () => (await advice.audit(caseId)).map((e) => [e.subject, e.action, e.actor]);

  it('records a fact check request on the newest version and the response, each with an audit entry', async () => {
    await startAdvice();
    expect(await outcome.recordFactCheckResponse(caseId, '2026-06-03', 'Klopt', by)).toEqual({ ok: false, reasons: ['no_fact_check'] });
    const requested = await outcome.requestFactCheck(caseId, 1, '2026-06-02', by);
    expect(requested.ok && requested.value.factCheck).toEqual({ versionNumber: 1, requestedOn: '2026-06-02', respondedOn: null, response: '' });
    await outcome.recordFactCheckResponse(caseId, '2026-06-04', 'Het aantal camera’s is zes, niet vijf.', by);
    expect((await outcome.get(caseId))?.factCheck).toEqual({
      versionNumber: 1,
      requestedOn: '2026-06-02',
      respondedOn: '2026-06-04',
      response: 'Het aantal camera’s is zes, niet vijf.',
    });
    const trail = await advice.audit(caseId);
    expect(trail.slice(-2).map((e) => [e.action, e.detail])).toEqual([
      ['requested', { version: 1, date: '2026-06-02' }],
      ['responded', { date: '2026-06-04' }],
    ]);
  });

  it('refuses a fact check on an issued version, and takes one on the new version made after it', async () => {
    await issueAdvice();
    const before = await snapshot();
    expect(await outcome.requestFactCheck(caseId, 1, '2026-06-10', by)).toEqual({ ok: false, reasons: ['fact_check_after_issue'] });
    expect(await snapshot()).toEqual(before);

    const second = await advice.newVersion(caseId, 'De camera’s krijgen een nieuwe functie.', by);
    if (!second.ok) throw new Error(second.reasons.join());
    const requested = await outcome.requestFactCheck(caseId, 2, '2026-06-11', by);
    expect(requested.ok && requested.value.factCheck).toEqual({ versionNumber: 2, requestedOn: '2026-06-11', respondedOn: null, response: '' });
  });

  it('refuses conclusion, follow-up and publication before issue, and changes nothing', async () => {
    await startAdvice();
    const before = await snapshot();
    expect(await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-10' }, by)).toEqual({
      ok: false,
      reasons: ['not_issued'],
    });
    expect(
      await outcome.saveFollowUp(caseId, { discussedOn: '2026-06-10', decision: 'none', reReviewOn: null, note: '' }, by),
    ).toEqual({ ok: false, reasons: ['not_issued'] });
    expect(await outcome.savePublication(caseId, published, by)).toEqual({ ok: false, reasons: ['not_issued'] });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a conclusion that is not adopted without reasons before anything is written', async () => {
    await issueAdvice();
    const before = await snapshot();
    await expect(
      outcome.recordConclusion(caseId, { decision: 'partly_adopted', reasons: ' ', receivedOn: '2026-06-10' }, by),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('records the conclusion, moves the case to "conclusie ontvangen" and logs a change as such', async () => {
    await issueAdvice();
    const first = await outcome.recordConclusion(
      caseId,
      { decision: 'partly_adopted', reasons: 'Gezichtsherkenning blijft uit, bewaartermijn niet.', receivedOn: '2026-06-10' },
      by,
    );
    expect(first.ok && first.value).toMatchObject({
      conclusion: { decision: 'partly_adopted', receivedOn: '2026-06-10' },
      conclusionRecordedAt: '2026-07-15T10:00:00.000Z',
    });
    expect((await db.cases.get(caseId))?.status).toBe('conclusie_ontvangen');
    await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-11' }, 'Piet Proces');
    expect((await outcome.get(caseId))?.conclusion?.decision).toBe('adopted');
    expect((await db.cases.get(caseId))?.status).toBe('conclusie_ontvangen');
    expect((await actions()).slice(-2)).toEqual([
      ['conclusion', 'recorded', by],
      ['conclusion', 'changed', 'Piet Proces'],
    ]);
  });

  it('refuses a conclusion dated in the future or before the issue, and changes nothing', async () => {
    await issueAdvice();
    const before = await snapshot();
    expect(await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-07-16' }, by)).toEqual({
      ok: false,
      reasons: ['conclusion_in_future'],
    });
    expect(await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-05-31' }, by)).toEqual({
      ok: false,
      reasons: ['conclusion_before_issue'],
    });
    expect(await snapshot()).toEqual(before);
    expect((await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-07-15' }, by)).ok).toBe(true);
  });

  it('refuses follow-up and publication dates before the conclusion, and a conclusion moved past them', async () => {
    await issueAdvice();
    await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-10' }, by);
    const before = await snapshot();
    expect(
      await outcome.saveFollowUp(caseId, { discussedOn: '2026-06-09', decision: 'none', reReviewOn: '2026-06-10', note: '' }, by),
    ).toEqual({ ok: false, reasons: ['discussed_before_conclusion', 're_review_before_conclusion'] });
    expect(await outcome.savePublication(caseId, { ...published, publishedOn: '2026-06-09' }, by)).toEqual({
      ok: false,
      reasons: ['published_before_conclusion'],
    });
    expect(await snapshot()).toEqual(before);

    expect((await outcome.savePublication(caseId, { ...published, publishedOn: '2026-06-10' }, by)).ok).toBe(true);
    expect(await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-11' }, by)).toEqual({
      ok: false,
      reasons: ['published_before_conclusion'],
    });
  });

  it('saves the follow-up with the alderman with an audit entry', async () => {
    await issueAdvice();
    const followUp = { discussedOn: '2026-09-01', decision: 'college' as const, reReviewOn: '2027-09-01', note: 'Na een jaar opnieuw.' };
    const saved = await outcome.saveFollowUp(caseId, followUp, by);
    expect(saved.ok && saved.value.followUp).toEqual(followUp);
    expect((await advice.audit(caseId)).at(-1)).toMatchObject({
      subject: 'followUp',
      action: 'saved',
      detail: { decision: 'college', discussedOn: '2026-09-01', reReviewOn: '2027-09-01' },
    });
  });

  it('refuses a publication date without checked classification and conclusion, and changes nothing', async () => {
    await issueAdvice();
    const before = await snapshot();
    expect(await outcome.savePublication(caseId, { ...published, classificationChecked: false }, by)).toEqual({
      ok: false,
      reasons: ['classification_unchecked', 'no_conclusion'],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to publish a confidential case', async () => {
    await cases.update(caseId, caseInput({ classification: 'vertrouwelijk' }));
    await issueAdvice();
    await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-10' }, by);
    const before = await snapshot();
    expect(await outcome.savePublication(caseId, published, by)).toEqual({ ok: false, reasons: ['confidential_case'] });
    expect(await snapshot()).toEqual(before);
  });

  it('prepares a publication without date, then publishes and moves the case to "gepubliceerd"', async () => {
    await issueAdvice();
    const prepared = await outcome.savePublication(caseId, { ...published, classificationChecked: false, publishedOn: null }, by);
    expect(prepared.ok).toBe(true);
    expect((await db.cases.get(caseId))?.status).toBe('advies_uitgebracht');
    await outcome.recordConclusion(caseId, { decision: 'adopted', reasons: '', receivedOn: '2026-06-10' }, by);
    const done = await outcome.savePublication(caseId, published, by);
    expect(done.ok && done.value.publication).toEqual(published);
    expect((await db.cases.get(caseId))?.status).toBe('gepubliceerd');
    expect((await advice.audit(caseId)).slice(-3).map((e) => [e.action, e.detail])).toEqual([
      ['prepared', { date: '', url: published.url }],
      ['recorded', { decision: 'adopted', date: '2026-06-10' }],
      ['published', { date: '2026-07-01', url: published.url }],
    ]);
  });

  it('rejects a publication address that is not https before anything is written', async () => {
    await issueAdvice();
    const before = await snapshot();
    await expect(outcome.savePublication(caseId, { ...published, url: 'http://example.nl' }, by)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
