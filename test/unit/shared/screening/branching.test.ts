import { describe, expect, it } from 'vitest';
import { effectiveAnswers, firstUnanswered, nextQuestion, previousQuestion, progress, visibleQuestions } from '@shared/screening/branching';
import type { Question } from '@shared/screening/templateSchema';

const question = (id: string, showIf?: Question['showIf'], kind: Question['kind'] = 'single'): Question => ({
  id,
  section: 's',
  text: id,
  help: '',
  kind,
  options: [
    { value: 'ja', label: 'Ja', help: '' },
    { value: 'nee', label: 'Nee', help: '' },
  ],
  ...(showIf ? { showIf } : {}),
});

// a → b only on "ja"; c only when b is "ja"; d when a is not "ja"; e always.
const template = {
  questions: [
    question('a'),
    question('b', { question: 'a', anyOf: ['ja'] }),
    question('c', { question: 'b', anyOf: ['ja'] }),
    question('d', { not: { question: 'a', anyOf: ['ja'] } }),
    question('e'),
  ],
};
const ids = (questions: readonly Question[]) => questions.map((q) => q.id);

describe('which questions are shown', () => {
  it.each([
    [{}, ['a', 'd', 'e']],
    [{ a: ['ja'] }, ['a', 'b', 'e']],
    [{ a: ['ja'], b: ['ja'] }, ['a', 'b', 'c', 'e']],
    [{ a: ['nee'], b: ['ja'] }, ['a', 'd', 'e']],
    [{ a: ['ja'], b: ['nee'], c: ['ja'] }, ['a', 'b', 'e']],
  ])('for answers %j shows %j', (answers, shown) => {
    expect(ids(visibleQuestions(template, answers))).toEqual(shown);
  });

  it('forgets the answer to a question that a later change hid, so a hidden answer cannot steer the outcome', () => {
    expect(effectiveAnswers(template, { a: ['nee'], b: ['ja'], c: ['ja'], e: ['ja'] })).toEqual({ a: ['nee'], e: ['ja'] });
  });

  it('reads "all", "any" and multiple-choice answers', () => {
    const combined = {
      questions: [
        question('m', undefined, 'multiple'),
        question('x', { all: [{ question: 'm', anyOf: ['ja'] }, { any: [{ question: 'm', anyOf: ['nee'] }] }] }),
      ],
    };
    expect(ids(visibleQuestions(combined, { m: ['ja'] }))).toEqual(['m']);
    expect(ids(visibleQuestions(combined, { m: ['ja', 'nee'] }))).toEqual(['m', 'x']);
    expect(ids(visibleQuestions(combined, { m: [] }))).toEqual(['m']);
  });
});

describe('stepping through', () => {
  it.each([
    [{}, null, 'a'],
    [{ a: ['ja'] }, 'a', 'b'],
    [{ a: ['nee'] }, 'a', 'd'],
    [{ a: ['ja'], b: ['ja'] }, 'b', 'c'],
    [{ a: ['ja'], b: ['nee'] }, 'b', 'e'],
    [{ a: ['ja'] }, 'e', null],
  ])('with %j goes from %s to %s', (answers, from, to) => {
    expect(nextQuestion(template, answers, from)?.id ?? null).toBe(to);
  });

  it.each([
    [{ a: ['ja'], b: ['ja'] }, 'c', 'b'],
    [{ a: ['nee'] }, 'e', 'd'],
    [{}, 'a', null],
  ])('with %j goes back from %s to %s', (answers, from, to) => {
    expect(previousQuestion(template, answers, from)?.id ?? null).toBe(to);
  });

  it('finds its neighbours from a question its own answer just hid', () => {
    // b was shown, then a changed to "nee": from b the next step is d, the previous a.
    expect(nextQuestion(template, { a: ['nee'] }, 'b')?.id).toBe('d');
    expect(previousQuestion(template, { a: ['nee'] }, 'b')?.id).toBe('a');
  });

  it('resumes at the first shown question without an answer and counts progress over shown questions', () => {
    expect(firstUnanswered(template, { a: ['ja'] })?.id).toBe('b');
    expect(firstUnanswered(template, { a: ['nee'], d: ['ja'], e: ['nee'] })).toBeNull();
    expect(progress(template, { a: ['ja'], b: ['nee'] })).toEqual({ answered: 2, total: 3 });
  });
});
