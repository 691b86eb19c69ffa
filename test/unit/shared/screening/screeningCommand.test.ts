import { describe, expect, it } from 'vitest';
import { checkScreeningSave } from '@shared/screening/screeningCommand';
import type { Screening } from '@shared/screening/screeningSchema';
import type { ScreeningTemplate } from '@shared/screening/templateSchema';

const lead = '7d1c1a52-3f7e-4f51-9d44-6c3f2f8f0a01';
const at = new Date('2026-12-02T10:00:00.000Z');
const yesNo = [
  { value: 'ja', label: 'Ja', help: '' },
  { value: 'nee', label: 'Nee', help: '' },
];
const template: ScreeningTemplate = {
  id: 'screening',
  version: 1,
  name: 'Screening',
  description: '',
  sections: [{ id: 'principles', title: 'Principes', source: '' }],
  questions: [
    { id: 'personal', section: 'principles', text: 'Persoonsgegevens?', help: '', kind: 'single', options: yesNo },
    { id: 'kinds', section: 'principles', text: 'Welke?', help: '', kind: 'multiple', options: yesNo, showIf: { question: 'personal', anyOf: ['ja'] } },
  ],
  rules: [{ id: 'personalData', when: { question: 'personal', anyOf: ['ja'] }, reason: 'Persoonsgegevens', consult: 'ja', instruments: ['dpia'] }],
  createdAt: '2026-12-01T09:00:00.000Z',
};
const screening = (fields: Partial<Screening> = {}): Screening => ({
  id: '5b0c2f57-7f0e-4d55-9b43-1a2b3c4d5e01',
  templateId: 'screening',
  templateVersion: 1,
  project: { title: 'Lantaarnpalen', filledInBy: 'Lotte', department: '', description: '', question: '', technology: 'sensor' },
  answers: {},
  status: 'inProgress',
  summary: null,
  caseId: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  completedAt: null,
  ...fields,
});
const answered = (values: Record<string, string[]>) => Object.fromEntries(Object.entries(values).map(([id, chosen]) => [id, { values: chosen, explanation: '' }]));

describe('checkScreeningSave', () => {
  it.each([
    ['an unknown template version', screening(), null, 'unknown_template'],
    ['an option the question does not have', screening({ answers: answered({ personal: ['misschien'] }) }), template, 'invalid_answer'],
    ['a question the template does not have', screening({ answers: answered({ other: ['ja'] }) }), template, 'invalid_answer'],
    ['two options on a single choice', screening({ answers: answered({ personal: ['ja', 'nee'] }) }), template, 'invalid_answer'],
    ['a completion with a shown question open', screening({ status: 'completed', answers: answered({ personal: ['ja'] }) }), template, 'unanswered'],
  ] as const)('refuses %s', (_, submitted, known, refusal) => {
    expect(checkScreeningSave(submitted, null, known, lead, at)).toEqual({ ok: false, refusals: [refusal] });
  });

  it('refuses any change once the board made a case of it', () => {
    const existing = screening({ caseId: '5b0c2f57-7f0e-4d55-9b43-1a2b3c4d5e99', accountId: lead });
    expect(checkScreeningSave(screening(), existing, template, lead, at)).toEqual({ ok: false, refusals: ['already_case'] });
  });

  it('makes it the lead’s, keeps its creation, and never takes a case or an outcome from the request', () => {
    const existing = screening({ accountId: lead, createdAt: '2026-11-30T08:00:00.000Z' });
    const sent = screening({ caseId: '5b0c2f57-7f0e-4d55-9b43-1a2b3c4d5e99', summary: { consult: 'nee', aiActClass: null, instruments: [] } });
    expect(checkScreeningSave(sent, existing, template, lead, at)).toEqual({
      ok: true,
      value: { ...sent, accountId: lead, caseId: null, summary: null, completedAt: null, createdAt: '2026-11-30T08:00:00.000Z', updatedAt: at.toISOString() },
    });
  });

  it('works out the outcome of a completed screening itself, answers to hidden questions aside', () => {
    const sent = screening({ status: 'completed', answers: answered({ personal: ['ja'], kinds: [] }), summary: { consult: 'nee', aiActClass: null, instruments: [] } });
    const checked = checkScreeningSave(sent, null, template, lead, at);
    expect(checked).toMatchObject({ ok: true, value: { summary: { consult: 'ja', aiActClass: null, instruments: ['dpia'] }, completedAt: at.toISOString() } });
    const no = checkScreeningSave(screening({ status: 'completed', answers: answered({ personal: ['nee'], kinds: ['ja'] }) }), null, template, lead, at);
    expect(no).toMatchObject({ ok: true, value: { summary: { consult: 'nee', instruments: [] } } });
  });
});
