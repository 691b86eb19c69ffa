import { describe, expect, it } from 'vitest';
import { emptyFollowUp, emptyPublication } from '@shared/advice/adviceSchema';
import {
  conclusionFormSchema,
  conclusionToForm,
  followUpFormSchema,
  followUpToForm,
  publicationFormSchema,
  publicationToForm,
} from '../../../../../renderer/advice/outcome/outcomeForms';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('outcome forms', () => {
  it('asks for a decision, and for reasons unless the advice is adopted', () => {
    expect(messages(conclusionFormSchema.safeParse(conclusionToForm({ conclusion: null }, '2026-06-10')))).toEqual([
      ['decision', 'validation.choose'],
    ]);
    expect(
      messages(conclusionFormSchema.safeParse({ decision: 'not_adopted', reasons: '  ', receivedOn: '2026-06-10' })),
    ).toEqual([['reasons', 'validation.reasonsRequired']]);
    expect(conclusionFormSchema.parse({ decision: 'adopted', reasons: '', receivedOn: '2026-06-10' })).toEqual({
      decision: 'adopted',
      reasons: '',
      receivedOn: '2026-06-10',
    });
  });

  it('stores empty dates and an unchosen follow-up decision as null, and round-trips a stored follow-up', () => {
    expect(followUpFormSchema.parse(followUpToForm({ followUp: emptyFollowUp }))).toEqual(emptyFollowUp);
    const stored = { discussedOn: '2026-09-01', decision: 'raad' as const, reReviewOn: '2027-09-01', note: 'Jaarlijks' };
    expect(followUpFormSchema.parse(followUpToForm({ followUp: stored }))).toEqual(stored);
    expect(messages(followUpFormSchema.safeParse({ ...followUpToForm({ followUp: emptyFollowUp }), discussedOn: '1 mei' }))).toEqual([
      ['discussedOn', 'validation.date'],
    ]);
  });

  it('accepts only https publication addresses', () => {
    const form = publicationToForm({ publication: emptyPublication });
    expect(publicationFormSchema.parse(form)).toEqual(emptyPublication);
    expect(messages(publicationFormSchema.safeParse({ ...form, url: 'http://gemeente.example.nl' }))).toEqual([
      ['url', 'validation.httpsLink'],
    ]);
    expect(publicationFormSchema.parse({ ...form, publishedOn: '2026-07-01', url: 'https://gemeente.example.nl/a' })).toMatchObject({
      publishedOn: '2026-07-01',
    });
  });
});
