import { describe, expect, it } from 'vitest';
import {
  checkEditable,
  checkFactCheckRequest,
  checkNewVersion,
  checkReview,
  checkStep,
  issueRequirements,
  nextVersion,
} from '@shared/advice/versionRules';
import { doc, paragraph } from '@shared/richText/build';
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
    expect(checkStep(adviceVersion(), 'review', 1).ok).toBe(true);
    expect(checkStep(adviceVersion({ status: 'review', reviews: [approval] }), 'approved', 1).ok).toBe(true);
    expect(checkStep(adviceVersion({ status: 'approved' }), 'issued', 1).ok).toBe(true);
    for (const to of ['draft', 'review', 'approved', 'issued'] as const) {
      expect(checkStep(adviceVersion({ status: 'issued' }), to, 1)).toEqual({ ok: false, reasons: ['frozen'] });
    }
  });

  it('refuses skipping review, and approval without any approving member', () => {
    expect(checkStep(adviceVersion(), 'issued', 1)).toEqual({ ok: false, reasons: ['step_not_allowed'] });
    expect(checkStep(adviceVersion({ status: 'review' }), 'approved', 1)).toEqual({ ok: false, reasons: ['no_approval'] });
  });

  it('requires a topic summary, the question and one recommendation with text before issue', () => {
    const empty = adviceVersion({
      status: 'approved',
      sections: { ...adviceVersion().sections, topicSummary: doc(), question: doc() },
      recommendations: [{ id: crypto.randomUUID(), text: doc(), direction: null, confidential: false }],
    });
    expect(issueRequirements(empty)).toEqual(['missing_topic_summary', 'missing_question', 'missing_recommendation']);
    expect(checkStep(empty, 'issued', 1)).toEqual({
      ok: false,
      reasons: ['missing_topic_summary', 'missing_question', 'missing_recommendation'],
    });
    const filled = adviceVersion({ status: 'approved', recommendations: [{ id: crypto.randomUUID(), text: doc(paragraph('Doe dit.')), direction: null, confidential: false }] });
    expect(issueRequirements(filled)).toEqual([]);
  });

  it('takes reviews only in review and only from members of the case board', () => {
    const member = crypto.randomUUID();
    expect(checkReview(adviceVersion({ status: 'review' }), 1, member, [member]).ok).toBe(true);
    expect(checkReview(adviceVersion({ status: 'review' }), 1, crypto.randomUUID(), [member])).toEqual({ ok: false, reasons: ['not_on_board'] });
    expect(checkReview(adviceVersion(), 1, member, [member])).toEqual({ ok: false, reasons: ['not_in_review'] });
    expect(checkReview(adviceVersion({ status: 'issued' }), 1, member, [member])).toEqual({ ok: false, reasons: ['frozen'] });
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
