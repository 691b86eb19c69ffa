import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { doc, paragraph } from '@shared/richText/build';
import { createAdviceRepository, type AdviceRepository } from '../../../../renderer/advice/adviceRepository';
import { createAuditLog } from '../../../../renderer/advice/auditLog';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import type { BeraadDb } from '../../../../renderer/db/database';
import { createPeopleRepository, type PeopleRepository } from '../../../../renderer/people/peopleRepository';
import { caseInput } from '../../../fixtures/caseInput';
import { personInput } from '../../../fixtures/people';
import { testDatabase } from '../db/testDatabase';

const labels = { positiveEffects: 'Positief', negativeEffects: 'Negatief', values: 'Waarden', agreements: 'Afspraken' };
const by = 'Sanne Secretaris';

describe('advice repository', () => {
  let db: BeraadDb;
  let repo: AdviceRepository;
  let caseId: string;
  let members: string[];
  let people: PeopleRepository;
  let now: Date;

  beforeEach(async () => {
    db = testDatabase();
    now = new Date('2026-06-01T10:00:00Z');
    const clock = () => now;
    const cases = createCaseRepository(db, clock);
    repo = createAdviceRepository(db, cases, clock);
    const registered = await cases.registerOne({ input: caseInput(), status: 'advies_in_opstelling' }, 'EA-{nnn}');
    caseId = registered.id;
    people = createPeopleRepository(db, clock);
    const anna = await people.create(personInput({ name: 'Anna de Vries', roles: ['voorzitter'] }));
    const bram = await people.create(personInput({ name: 'Bram Özdemir' }));
    members = [anna.id, bram.id];
    await people.saveBoard({ caseId, members: members.map((personId) => ({ personId, role: 'lid' })), conflicts: [], note: '' }, by);
  });

  /** Declares that the member takes no part in the case, as the case board panel does. */
  const declareNotTakingPart = async (personId: string) => {
    const board = await people.board(caseId);
    const conflict = { personId, declaredOn: '2026-06-01', description: 'Werkt bij de leverancier', measure: 'neemt_niet_deel' as const };
    await people.saveBoard({ ...board, conflicts: [...board.conflicts, conflict] }, by);
  };

  /** Everything a review or a status step could write. */
  const stored = async () => ({ versions: await db.adviceVersions.toArray(), advices: await db.advices.toArray(), trail: await repo.audit(caseId) });

  const fill = async (version: AdviceVersion) => {
    const result = await repo.saveContent(
      version.id,
      {
        sections: { ...version.sections, topicSummary: doc(paragraph('Camera’s op het plein')) },
        confidentialSections: [],
        recommendations: [{ id: crypto.randomUUID(), text: doc(paragraph('Bewaar kort.')), direction: 'technology', confidential: false }],
      },
      by,
    );
    if (!result.ok) throw new Error(result.reasons.join());
    return result.value;
  };

  async function issuedVersion(): Promise<AdviceVersion> {
    const { latest } = await repo.start(caseId, labels, by);
    const filled = await fill(latest);
    await repo.step(filled.id, 'review', by);
    await repo.addReview(filled.id, { personId: members[0]!, kind: 'approval', comment: '' }, by);
    await repo.step(filled.id, 'approved', by);
    const issued = await repo.step(filled.id, 'issued', by);
    if (!issued.ok) throw new Error(issued.reasons.join());
    return issued.value;
  }

  it("merges an editor's recommendations into the list as stored now, so another member's new one stays", async () => {
    const { latest } = await repo.start(caseId, labels, by);
    const filled = await fill(latest);
    const base = filled.recommendations;
    const recommendation = (text: string) => ({ id: crypto.randomUUID(), text: doc(paragraph(text)), direction: null, confidential: false });
    const theirs = recommendation('Van een ander lid');
    await repo.saveContent(filled.id, { ...filled, recommendations: [...base, theirs] }, 'Bram Özdemir');

    const mine = recommendation('Van mij');
    const saved = await repo.saveContent(filled.id, { ...filled, recommendations: [...base, mine] }, by, base);

    expect(saved.ok && saved.value.recommendations.map((item) => item.id)).toEqual([base[0]!.id, theirs.id, mine.id]);
    expect((await db.adviceVersions.get(filled.id))?.recommendations).toHaveLength(3);
  });

  it('starts once per case, as a draft with the case question pre-filled', async () => {
    const first = await repo.start(caseId, labels, by);
    const again = await repo.start(caseId, labels, by);
    expect(again.latest.id).toBe(first.latest.id);
    expect(first.latest).toMatchObject({ number: 1, status: 'draft' });
    expect(JSON.stringify(first.latest.sections.question)).toContain('groepsvorming');
    expect(await db.adviceVersions.count()).toBe(1);
  });

  it('issues through review and approval, records the issue date and moves the case on', async () => {
    const issued = await issuedVersion();
    expect(issued.status).toBe('issued');
    expect(issued.issuedAt).toBe('2026-06-01T10:00:00.000Z');
    expect((await db.advices.get(caseId))).toMatchObject({ issuedOn: '2026-06-01', latest: { number: 1, status: 'issued' } });
    expect((await db.cases.get(caseId))?.status).toBe('advies_uitgebracht');
  });

  it('refuses to issue without topic summary and recommendation, and changes nothing', async () => {
    const { latest } = await repo.start(caseId, labels, by);
    await repo.step(latest.id, 'review', by);
    await repo.addReview(latest.id, { personId: members[0]!, kind: 'approval', comment: '' }, by);
    await repo.step(latest.id, 'approved', by);
    const before = await db.adviceVersions.get(latest.id);
    const result = await repo.step(latest.id, 'issued', by);
    expect(result).toEqual({ ok: false, reasons: ['missing_topic_summary', 'missing_recommendation'] });
    expect(await db.adviceVersions.get(latest.id)).toEqual(before);
    expect((await db.cases.get(caseId))?.status).toBe('advies_in_opstelling');
  });

  it('cannot change an issued version through any repository call', async () => {
    const issued = await issuedVersion();
    const stored = await db.adviceVersions.get(issued.id);
    now = new Date('2026-06-02T10:00:00Z');
    const attempts = await Promise.all([
      repo.saveContent(issued.id, { sections: issued.sections, confidentialSections: ['context'], recommendations: [] }, by),
      repo.refreshWorking(issued.id, by),
      repo.step(issued.id, 'draft', by),
      repo.step(issued.id, 'review', by),
      repo.step(issued.id, 'issued', by),
      repo.addReview(issued.id, { personId: members[1]!, kind: 'comment', comment: 'Te laat' }, by),
    ]);
    for (const attempt of attempts) expect(attempt).toEqual({ ok: false, reasons: ['frozen'] });
    expect(await db.adviceVersions.get(issued.id)).toEqual(stored);
  });

  it('makes a new version with a reason; the issued one stays as it was and the old one is frozen too', async () => {
    const issued = await issuedVersion();
    expect(await repo.newVersion(caseId, '', by)).toEqual({ ok: false, reasons: ['reason_required'] });
    const next = await repo.newVersion(caseId, 'Nieuwe camera’s', by);
    if (!next.ok) throw new Error('refused');
    expect(next.value).toMatchObject({ number: 2, status: 'draft', reason: 'Nieuwe camera’s', reviews: [] });
    expect(await repo.newVersion(caseId, 'Nog een', by)).toEqual({ ok: false, reasons: ['latest_is_draft'] });
    const loaded = await repo.load(caseId);
    expect(loaded?.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'issued'],
      [2, 'draft'],
    ]);
    expect(loaded?.advice).toMatchObject({ issuedOn: '2026-06-01', latest: { number: 2, status: 'draft' } });
    expect((await fill(next.value)).number).toBe(2);
    expect(await db.adviceVersions.get(issued.id)).toEqual(issued);
  });

  it('takes reviews only from board members while in review, with name and time', async () => {
    const { latest } = await repo.start(caseId, labels, by);
    const outsider = crypto.randomUUID();
    expect(await repo.addReview(latest.id, { personId: members[0]!, kind: 'comment', comment: 'x' }, by)).toEqual({
      ok: false,
      reasons: ['not_in_review'],
    });
    await repo.step(latest.id, 'review', by);
    expect(await repo.addReview(latest.id, { personId: outsider, kind: 'approval', comment: '' }, by)).toEqual({
      ok: false,
      reasons: ['not_on_board'],
    });
    const reviewed = await repo.addReview(latest.id, { personId: members[1]!, kind: 'comment', comment: 'Helder' }, by);
    expect(reviewed.ok && reviewed.value.reviews).toEqual([
      expect.objectContaining({ name: 'Bram Özdemir', kind: 'comment', comment: 'Helder', at: '2026-06-01T10:00:00.000Z' }),
    ]);
  });

  it('refuses a comment or approval by a member who takes no part in the case, and writes nothing', async () => {
    const filled = await fill((await repo.start(caseId, labels, by)).latest);
    await repo.step(filled.id, 'review', by);
    await declareNotTakingPart(members[0]!);
    const before = await stored();
    expect(await repo.addReview(filled.id, { personId: members[0]!, kind: 'approval', comment: '' }, by)).toEqual({
      ok: false,
      reasons: ['not_taking_part'],
    });
    expect(await repo.addReview(filled.id, { personId: members[0]!, kind: 'comment', comment: 'Eens' }, by)).toEqual({
      ok: false,
      reasons: ['not_taking_part'],
    });
    expect(await stored()).toEqual(before);
  });

  it('does not count an approval by a member who declared afterwards that they take no part', async () => {
    const filled = await fill((await repo.start(caseId, labels, by)).latest);
    await repo.step(filled.id, 'review', by);
    await repo.addReview(filled.id, { personId: members[0]!, kind: 'approval', comment: '' }, by);
    await declareNotTakingPart(members[0]!);
    const before = await stored();
    expect(await repo.step(filled.id, 'approved', by)).toEqual({ ok: false, reasons: ['no_approval'] });
    expect(await stored()).toEqual(before);
    await repo.addReview(filled.id, { personId: members[1]!, kind: 'approval', comment: '' }, by);
    expect((await repo.step(filled.id, 'approved', by)).ok).toBe(true);
  });

  it('keeps an append-only audit trail and logs autosaved edits once per part and window', async () => {
    const { latest } = await repo.start(caseId, labels, by);
    const content = { sections: latest.sections, confidentialSections: [], recommendations: latest.recommendations };
    for (const text of ['a', 'ab', 'abc']) {
      await repo.saveContent(latest.id, { ...content, sections: { ...content.sections, topicSummary: doc(paragraph(text)) } }, by);
    }
    now = new Date('2026-06-01T11:00:00Z');
    await repo.saveContent(latest.id, { ...content, sections: { ...content.sections, topicSummary: doc(paragraph('later')) } }, by);
    await repo.step(latest.id, 'review', by);
    const trail = await repo.audit(caseId);
    expect(trail.map((e) => [e.action, e.detail.parts ?? '', e.actor])).toEqual([
      ['started', '', by],
      ['edited', 'topicSummary', by],
      ['edited', 'topicSummary', by],
      ['status.review', '', by],
    ]);
  });

  it('lets a screen follow the audit trail (the audit log) as autosaved edits land', async () => {
    const { latest } = await repo.start(caseId, labels, by);
    const emitted: string[][] = [];
    const subscription = createAuditLog(db).watch(caseId).subscribe((trail) => emitted.push(trail.map((e) => e.action)));
    try {
      await vi.waitFor(() => expect(emitted).toEqual([['started']]));
      await fill(latest);
      await vi.waitFor(() => expect(emitted.at(-1)).toEqual(['started', 'edited']));
    } finally {
      subscription.unsubscribe();
    }
  });

  describe('an earlier case as precedent', () => {
    /** The case of the beforeEach, issued on 1 June, is the earlier one; a later case refers to it. */
    const laterCase = async () => {
      now = new Date('2026-09-01T10:00:00Z');
      const later = await createCaseRepository(db, () => now).registerOne({ input: caseInput({ title: 'Bodycams voor handhavers' }), status: 'advies_in_opstelling' }, 'EA-{nnn}');
      return later.id;
    };

    it('adds the earlier case to the newest draft with its reference number, title and advice date, once, and takes it out again', async () => {
      await issuedVersion();
      const earlier = (await db.cases.get(caseId))!;
      const laterId = await laterCase();
      expect(await repo.addPrecedent(laterId, caseId, by)).toEqual({ ok: false, reasons: ['no_advice'] });
      const { latest } = await repo.start(laterId, labels, by);

      const added = await repo.addPrecedent(laterId, caseId, by);
      const precedent = { caseId, reference: earlier.reference, title: earlier.title, adviceIssuedOn: '2026-06-01' };
      expect(added).toMatchObject({ ok: true, value: { id: latest.id, precedents: [precedent] } });
      expect((await db.adviceVersions.get(latest.id))?.precedents).toEqual([precedent]);
      expect(await repo.addPrecedent(laterId, caseId, by)).toEqual({ ok: false, reasons: ['precedent_linked'] });
      expect(await repo.addPrecedent(laterId, laterId, by)).toEqual({ ok: false, reasons: ['own_case'] });
      expect((await repo.audit(laterId)).map((event) => event.action)).toContain('precedentAdded');

      // The editor's autosave writes the text only: the reference stays.
      await fill((await db.adviceVersions.get(latest.id))!);
      expect((await db.adviceVersions.get(latest.id))?.precedents).toEqual([precedent]);

      expect(await repo.removePrecedent(latest.id, caseId, by)).toMatchObject({ ok: true, value: { precedents: [] } });
      expect((await db.adviceVersions.get(latest.id))?.precedents).toEqual([]);
    });

    it('refuses a reference into an issued advice; a new version carries the references on', async () => {
      const laterId = await laterCase();
      await repo.start(caseId, labels, by);
      await repo.addPrecedent(caseId, laterId, by);
      const issued = await issuedVersion();
      expect(issued.precedents?.map((precedent) => precedent.caseId)).toEqual([laterId]);
      expect(await repo.addPrecedent(caseId, laterId, by)).toEqual({ ok: false, reasons: ['frozen'] });
      expect(await repo.removePrecedent(issued.id, laterId, by)).toEqual({ ok: false, reasons: ['frozen'] });
      const next = await repo.newVersion(caseId, 'Nieuwe camera’s', by);
      expect(next.ok && next.value.precedents?.map((precedent) => precedent.caseId)).toEqual([laterId]);
    });
  });
});
