import { describe, expect, it } from 'vitest';
import { isBlankDoc } from '@shared/cases/blankDoc';
import { caseInputSchema } from '@shared/cases/caseSchema';
import { caseInput } from '../../../fixtures/caseInput';

const problems = (value: unknown) =>
  caseInputSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('case input validation', () => {
  it('accepts a complete case and trims text', () => {
    const parsed = caseInputSchema.parse(caseInput({ title: '  Sensoren in de binnenstad  ' }));
    expect(parsed.title).toBe('Sensoren in de binnenstad');
  });

  it('requires title, question and the process owner’s name with a locale key', () => {
    expect(problems(caseInput({ title: '   ', question: '' }))).toEqual([
      ['title', 'validation.required'],
      ['question', 'validation.required'],
    ]);
    expect(problems(caseInput({ processOwner: { name: '', department: '', contact: '' } }))).toEqual([
      ['processOwner.name', 'validation.required'],
    ]);
  });

  it('refuses impossible dates and unknown classifications', () => {
    expect(problems(caseInput({ receivedOn: '2026-02-30' }))).toEqual([['receivedOn', 'validation.date']]);
    expect(problems({ ...caseInput(), classification: 'geheim' })).toEqual([['classification', 'validation.choose']]);
  });

  it('accepts only https links for instruments', () => {
    const withLink = (link: string) =>
      caseInput({ instruments: [{ kind: 'dpia', status: 'afgerond', link, documentRef: '' }] });
    expect(problems(withLink('javascript:alert(1)'))).toEqual([['instruments.0.link', 'validation.httpsLink']]);
    expect(problems(withLink('http://example.nl'))).toEqual([['instruments.0.link', 'validation.httpsLink']]);
    expect(problems(withLink('https://example.nl/dpia'))).toEqual([]);
    expect(problems(withLink(''))).toEqual([]);
  });

  it('removes duplicate themes and values', () => {
    expect(caseInputSchema.parse(caseInput({ themes: ['zorg', 'zorg', 'data'] })).themes).toEqual(['zorg', 'data']);
  });
});

describe('blank documents', () => {
  it('recognises documents without content', () => {
    expect(isBlankDoc({ type: 'doc' })).toBe(true);
    expect(isBlankDoc({ type: 'doc', content: [] })).toBe(true);
    expect(isBlankDoc({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe(true);
    expect(isBlankDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] })).toBe(false);
    expect(isBlankDoc({ type: 'doc', content: [{ type: 'horizontalRule' }] })).toBe(false);
    expect(isBlankDoc({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] })).toBe(false);
  });
});
