import { describe, expect, it } from 'vitest';
import {
  checkEditable,
  checkFactCheckRequest,
  checkNewVersion,
  checkReview,
  checkStep,
  checkTakesPart,
  countingApprovals,
  issueRequirements,
  nextVersion,
} from '@shared/advice/versionRules';
import { doc, paragraph } from '@shared/richText/build';
import type { ConflictDeclaration } from '@shared/people/boardSchema';
import { adviceVersion } from '../../../fixtures/advice';

const approval = { id: crypto.randomUUID(), personId: crypto.randomUUID(), name: 'Anna', kind: 'approval' as const, comment: '', at: '2026-06-02T10:00:00.000Z' };

describe('advice version rules', () => {
  it('edits only the newest version while it is a draft', () => {
    expect(checkEditable(adviceVersion(), 1)).toEqual({ ok: true });
    expect(checkEditable(adviceVersion({ status: 'review' }), 1)).toEqual({ ok: false, reasons: ['frozen'] });
    expect(checkEditable(adviceVersion({ status: 'issued' }), 1)).toEqual({ ok: false, reasons: ['frozen'] });
    expect(checkEditable(adviceVersion({ number: 1 }), 2)).toEqual({ ok: false, reasons: ['not_latest'] });
  });

  it('walks draft → review → approved → issued and never moves an issued version', () => {
    expect(checkStep(adviceVersion(), 'review', 1, []).ok).toBe(true);
    expect(checkStep(adviceVersion({ status: 'review', reviews: [approval] }), 'approved', 1, []).ok).toBe(true);
    expect(checkStep(adviceVersion({ status: 'approved' }), 'issued', 1, []).ok).toBe(true);
    for (const to of ['draft', 'review', 'approved', 'issued'] as const) {
      expect(checkStep(adviceVersion({ status: 'issued' }), to, 1, [])).toEqual({ ok: false, reasons: ['frozen'] });
    }
  });

  it('refuses skipping review, and approval without any approving member', () => {
    expect(checkStep(adviceVersion(), 'issued', 1, [])).toEqual({ ok: false, reasons: ['step_not_allowed'] });
    expect(checkStep(adviceVersion({ status: 'review' }), 'approved', 1, [])).toEqual({ ok: false, reasons: ['no_approval'] });
  });

  it('requires a topic summary, the question and one recommendation with text before issue', () => {
    const empty = adviceVersion({
      status: 'approved',
      sections: { ...adviceVersion().sections, topicSummary: doc(), question: doc() },
      recommendations: [{ id: crypto.randomUUID(), text: doc(), direction: null, confidential: false }],
    });
    expect(issueRequirements(empty)).toEqual(['missing_topic_summary', 'missing_question', 'missing_recommendation']);
    expect(checkStep(empty, 'issued', 1, [])).toEqual({
      ok: false,
      reasons: ['missing_topic_summary', 'missing_question', 'missing_recommendation'],
    });
    const filled = adviceVersion({ status: 'approved', recommendations: [{ id: crypto.randomUUID(), text: doc(paragraph('Doe dit.')), direction: null, confidential: false }] });
    expect(issueRequirements(filled)).toEqual([]);
  });

  it('takes reviews only in review and only from members of the case board', () => {
    const member = crypto.randomUUID();
    const board = { memberIds: [member], conflicts: [] };
    expect(checkReview(adviceVersion({ status: 'review' }), 1, member, board).ok).toBe(true);
    expect(checkReview(adviceVersion({ status: 'review' }), 1, crypto.randomUUID(), board)).toEqual({ ok: false, reasons: ['not_on_board'] });
    expect(checkReview(adviceVersion(), 1, member, board)).toEqual({ ok: false, reasons: ['not_in_review'] });
    expect(checkReview(adviceVersion({ status: 'issued' }), 1, member, board)).toEqual({ ok: false, reasons: ['frozen'] });
  });

  describe('a member who takes no part because of a conflict of interest', () => {
    const declared = (personId: string, measure: ConflictDeclaration['measure']): ConflictDeclaration => ({
      personId,
      declaredOn: '2026-06-01',
      description: 'Werkte bij de leverancier',
      measure,
    });

    it('takes part unless a declaration says "neemt niet deel"', () => {
      expect(checkTakesPart(approval.personId, [])).toEqual({ ok: true });
      expect(checkTakesPart(approval.personId, [declared(approval.personId, 'neemt_deel_zonder_oordeel')])).toEqual({ ok: true });
      expect(checkTakesPart(approval.personId, [declared(approval.personId, 'geen_gevolg')])).toEqual({ ok: true });
      expect(checkTakesPart(approval.personId, [declared(crypto.randomUUID(), 'neemt_niet_deel')])).toEqual({ ok: true });
      expect(checkTakesPart(approval.personId, [declared(approval.personId, 'neemt_niet_deel')])).toEqual({ ok: false, reasons: ['not_taking_part'] });
    });

    it('can neither comment on nor approve the advice', () => {
      const member = crypto.randomUUID();
      const board = { memberIds: [member], conflicts: [declared(member, 'neemt_niet_deel')] };
      expect(checkReview(adviceVersion({ status: 'review' }), 1, member, board)).toEqual({ ok: false, reasons: ['not_taking_part'] });
    });

    it('has an approval given before the declaration no longer count', () => {
      const conflicts = [declared(approval.personId, 'neemt_niet_deel')];
      const other = { ...approval, id: crypto.randomUUID(), personId: crypto.randomUUID(), name: 'Bram' };
      const comment = { ...other, id: crypto.randomUUID(), kind: 'comment' as const, comment: 'Eens' };
      expect(countingApprovals([approval, other, comment], conflicts)).toEqual([other]);
      expect(countingApprovals([approval, other], [])).toEqual([approval, other]);
      expect(checkStep(adviceVersion({ status: 'review', reviews: [approval] }), 'approved', 1, conflicts)).toEqual({
        ok: false,
        reasons: ['no_approval'],
      });
      expect(checkStep(adviceVersion({ status: 'review', reviews: [approval, other] }), 'approved', 1, conflicts).ok).toBe(true);
    });
  });

  it('makes a new version only from a version past draft, and only with a reason', () => {
    expect(checkNewVersion(adviceVersion(), 'andere tekst')).toEqual({ ok: false, reasons: ['latest_is_draft'] });
    expect(checkNewVersion(adviceVersion({ status: 'issued' }), '  ')).toEqual({ ok: false, reasons: ['reason_required'] });
    expect(checkNewVersion(adviceVersion({ status: 'issued' }), 'Nieuwe camera’s').ok).toBe(true);
  });

  it('takes a fact-check request on any version not yet issued', () => {
    for (const status of ['draft', 'review', 'approved'] as const) expect(checkFactCheckRequest(adviceVersion({ status })).ok).toBe(true);
    expect(checkFactCheckRequest(adviceVersion({ status: 'issued' }))).toEqual({ ok: false, reasons: ['fact_check_after_issue'] });
  });

  it('starts a new version as a copy without reviews, leaving the old one untouched', () => {
    const issued = adviceVersion({ status: 'issued', reviews: [approval], issuedAt: '2026-06-03T10:00:00.000Z' });
    const snapshot = structuredClone(issued);
    const next = nextVersion(issued, { id: crypto.randomUUID(), reason: ' Techniek gewijzigd ' }, new Date('2026-09-01T08:00:00Z'));
    expect(next).toMatchObject({ number: 2, status: 'draft', reason: 'Techniek gewijzigd', reviews: [], issuedAt: null });
    expect(next.sections).toEqual(issued.sections);
    next.sections.topicSummary.content!.push(paragraph('extra'));
    expect(issued).toEqual(snapshot);
  });
});
