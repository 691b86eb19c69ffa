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

const issued = { issuedOn: '2026-06-01', conclusion: null, followUp: emptyFollowUp, publication: emptyPublication };
const context = { advice: issued, today: '2026-07-15' };
const concluded = { ...context, advice: { ...issued, conclusion: { decision: 'adopted' as const, reasons: '', receivedOn: '2026-06-20' } } };

describe('outcome forms', () => {
  it('asks for a decision, and for reasons unless the advice is adopted', () => {
    expect(messages(conclusionFormSchema(context).safeParse(conclusionToForm({ conclusion: null }, '2026-06-10')))).toEqual([
      ['decision', 'validation.choose'],
    ]);
    expect(
      messages(conclusionFormSchema(context).safeParse({ decision: 'not_adopted', reasons: '  ', receivedOn: '2026-06-10' })),
    ).toEqual([['reasons', 'validation.reasonsRequired']]);
    expect(conclusionFormSchema(context).parse({ decision: 'adopted', reasons: '', receivedOn: '2026-06-10' })).toEqual({
      decision: 'adopted',
      reasons: '',
      receivedOn: '2026-06-10',
    });
  });

  it('stores empty dates and an unchosen follow-up decision as null, and round-trips a stored follow-up', () => {
    expect(followUpFormSchema(context).parse(followUpToForm({ followUp: emptyFollowUp }))).toEqual(emptyFollowUp);
    const stored = { discussedOn: '2026-09-01', decision: 'raad' as const, reReviewOn: '2027-09-01', note: 'Jaarlijks' };
    expect(followUpFormSchema(context).parse(followUpToForm({ followUp: stored }))).toEqual(stored);
    expect(messages(followUpFormSchema(context).safeParse({ ...followUpToForm({ followUp: emptyFollowUp }), discussedOn: '1 mei' }))).toEqual([
      ['discussedOn', 'validation.date'],
    ]);
  });

  it('accepts only https publication addresses', () => {
    const form = publicationToForm({ publication: emptyPublication });
    expect(publicationFormSchema(context).parse(form)).toEqual(emptyPublication);
    expect(messages(publicationFormSchema(context).safeParse({ ...form, url: 'http://gemeente.example.nl' }))).toEqual([
      ['url', 'validation.httpsLink'],
    ]);
    expect(publicationFormSchema(context).parse({ ...form, publishedOn: '2026-07-01', url: 'https://gemeente.example.nl/a' })).toMatchObject({
      publishedOn: '2026-07-01',
    });
  });

  it('shows a date out of order at its own field, in the words of the refusal the repository would give', () => {
    const conclusion = { decision: 'adopted', reasons: '' };
    expect(messages(conclusionFormSchema(context).safeParse({ ...conclusion, receivedOn: '2026-07-16' }))).toEqual([
      ['receivedOn', 'advice.refusal.conclusion_in_future'],
    ]);
    expect(messages(conclusionFormSchema(context).safeParse({ ...conclusion, receivedOn: '2026-07-15' }))).toEqual([]);
    expect(messages(conclusionFormSchema(context).safeParse({ ...conclusion, receivedOn: 'gisteren' }))).toEqual([['receivedOn', 'validation.date']]);

    const followUp = followUpToForm({ followUp: emptyFollowUp });
    expect(messages(followUpFormSchema(concluded).safeParse({ ...followUp, discussedOn: '2026-06-19', reReviewOn: '2026-06-20' }))).toEqual([
      ['discussedOn', 'advice.refusal.discussed_before_conclusion'],
      ['reReviewOn', 'advice.refusal.re_review_before_conclusion'],
    ]);
    expect(messages(followUpFormSchema(concluded).safeParse({ ...followUp, discussedOn: '2026-06-20', reReviewOn: '2026-06-21' }))).toEqual([]);

    const publication = { ...publicationToForm({ publication: emptyPublication }), classificationChecked: true };
    expect(messages(publicationFormSchema(concluded).safeParse({ ...publication, publishedOn: '2026-06-19' }))).toEqual([
      ['publishedOn', 'advice.refusal.published_before_conclusion'],
    ]);
    expect(messages(publicationFormSchema(concluded).safeParse({ ...publication, publishedOn: '2026-06-20' }))).toEqual([]);
  });
});
