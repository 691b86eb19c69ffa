import { describe, expect, it } from 'vitest';
import { defaultScreeningTemplate } from '@shared/screening/defaultTemplate';
import type { Condition, ScreeningTemplateInput } from '@shared/screening/templateSchema';
import { checkTemplate } from '@shared/screening/templateValidation';

type QuestionSeed = { id: string; showIf?: Condition; kind?: 'single' | 'multiple' };

function template(questions: QuestionSeed[], rules: ScreeningTemplateInput['rules'] = []): ScreeningTemplateInput {
  return {
    name: 'Test',
    sections: [{ id: 's', title: 'Sectie' }],
    questions: questions.map(({ id, showIf, kind = 'single' }) => ({
      id,
      section: 's',
      text: `Vraag ${id}`,
      kind,
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nee', label: 'Nee' },
      ],
      ...(showIf ? { showIf } : {}),
    })),
    rules,
  };
}
const refusals = (input: unknown) => {
  const result = checkTemplate(input);
  return result.ok ? [] : result.refusals;
};

describe('template validation', () => {
  it('accepts the shipped template', () => {
    expect(refusals(defaultScreeningTemplate())).toEqual([]);
  });

  it.each<[string, ScreeningTemplateInput, unknown[]]>([
    [
      'a condition on a question that does not exist',
      template([{ id: 'a' }, { id: 'b', showIf: { question: 'weg', anyOf: ['ja'] } }]),
      [{ code: 'missingQuestion', question: 'b', missing: 'weg' }],
    ],
    [
      'a condition on an option the question does not have',
      template([{ id: 'a' }, { id: 'b', showIf: { question: 'a', anyOf: ['misschien'] } }]),
      [{ code: 'missingOption', question: 'b', missing: 'a', option: 'misschien' }],
    ],
    [
      'an outcome rule on a question that does not exist',
      template([{ id: 'a' }], [{ id: 'r', when: { question: 'weg', anyOf: ['ja'] }, reason: 'Reden', consult: 'ja' }]),
      [{ code: 'ruleMissingQuestion', rule: 'r', missing: 'weg' }],
    ],
    [
      'a cycle in the branching',
      template([
        { id: 'a', showIf: { question: 'b', anyOf: ['ja'] } },
        { id: 'b', showIf: { question: 'a', anyOf: ['ja'] } },
      ]),
      [{ code: 'cycle', question: 'a', through: ['a', 'b'] }],
    ],
    ['a question that depends on itself', template([{ id: 'a', showIf: { question: 'a', anyOf: ['ja'] } }]), [{ code: 'cycle', question: 'a', through: ['a'] }]],
    [
      'a condition on a later question',
      template([{ id: 'a', showIf: { question: 'b', anyOf: ['ja'] } }, { id: 'b' }]),
      [{ code: 'laterQuestion', question: 'a', later: 'b' }],
    ],
    [
      'a question no answer can show (one answer cannot be both)',
      template([{ id: 'a' }, { id: 'b', showIf: { all: [{ question: 'a', anyOf: ['ja'] }, { question: 'a', anyOf: ['nee'] }] } }]),
      [{ code: 'unreachable', question: 'b' }],
    ],
    [
      'a question behind an unreachable one',
      template([
        { id: 'a' },
        { id: 'b', showIf: { all: [{ question: 'a', anyOf: ['ja'] }, { not: { question: 'a', anyOf: ['ja'] } }] } },
        { id: 'c', showIf: { question: 'b', anyOf: ['ja'] } },
      ]),
      [
        { code: 'unreachable', question: 'b' },
        { code: 'unreachable', question: 'c' },
      ],
    ],
    ['two questions with one id', template([{ id: 'a' }, { id: 'a' }]), [{ code: 'duplicateQuestion', question: 'a' }]],
  ])('refuses %s', (_, input, expected) => {
    expect(refusals(input)).toEqual(expected);
  });

  it('accepts a question that needs both options of a multiple-choice question', () => {
    const input = template([
      { id: 'm', kind: 'multiple' },
      { id: 'b', showIf: { all: [{ question: 'm', anyOf: ['ja'] }, { question: 'm', anyOf: ['nee'] }] } },
    ]);
    expect(refusals(input)).toEqual([]);
  });

  it('refuses what does not fit the schema, with the path', () => {
    expect(refusals({ ...template([{ id: 'a' }]), questions: [] })).toEqual([expect.objectContaining({ code: 'schema', path: 'questions' })]);
  });
});
