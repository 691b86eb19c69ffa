import { z } from 'zod';
import {
  conclusionInputSchema,
  followUpDecisions,
  publicationSchema,
  type Advice,
  type Conclusion,
  type FollowUp,
  type Publication,
} from '@shared/advice/adviceSchema';
import { outcomeDateProblems, type OutcomePart } from '@shared/advice/dateRules';
import { isoDateSchema, optionalText } from '@shared/util/schemaParts';

/*
 * The outcome forms edit strings only: a date input and an unchosen radio give
 * '' where the stored advice has null. These schemas turn form values into
 * what the repository takes, with messages as locale keys.
 */
const isDate = (value: string) => isoDateSchema.safeParse(value).success;
// A date that is not one stops there (abort), so the date rules never compare text that is no date.
const requiredDate = z.string().refine(isDate, { error: 'validation.date', abort: true });
const optionalDate = z
  .string()
  .refine((value) => value === '' || isDate(value), { error: 'validation.date', abort: true })
  .transform((value) => (value === '' ? null : value));

export const factCheckRequestFormSchema = z.object({ requestedOn: requiredDate });
export const factCheckResponseFormSchema = z.object({ respondedOn: requiredDate, response: optionalText(20_000) });
export type FactCheckRequestForm = z.input<typeof factCheckRequestFormSchema>;
export type FactCheckResponseForm = z.input<typeof factCheckResponseFormSchema>;

/** What the date rules measure a form's dates against: the advice as stored, and today. */
export interface DateContext {
  advice: Pick<Advice, 'issuedOn' | 'conclusion' | 'followUp' | 'publication'>;
  today: string;
}

/** The rules of shared/advice/dateRules.ts, shown at the field they concern; the repository asks the same rules again. */
function checkDates<T>(part: OutcomePart, { today }: DateContext, merge: (value: T) => DateContext['advice']) {
  return (value: T, ctx: z.RefinementCtx<T>) => {
    for (const { reason, field } of outcomeDateProblems(merge(value), part, today)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `advice.refusal.${reason}` });
    }
  };
}

const conclusionFields = z
  .object({ decision: z.string(), reasons: z.string(), receivedOn: requiredDate })
  .pipe(conclusionInputSchema);
export type ConclusionForm = z.input<typeof conclusionFields>;

export const conclusionFormSchema = (context: DateContext) =>
  conclusionFields.superRefine(checkDates('conclusion', context, (conclusion: Conclusion) => ({ ...context.advice, conclusion })));

const followUpFields = z.object({
  discussedOn: optionalDate,
  decision: z.union([z.literal(''), z.enum(followUpDecisions)]).transform((value) => (value === '' ? null : value)),
  reReviewOn: optionalDate,
  note: optionalText(5000),
}) satisfies z.ZodType<FollowUp, unknown>;
export type FollowUpForm = z.input<typeof followUpFields>;

export const followUpFormSchema = (context: DateContext) =>
  followUpFields.superRefine(checkDates('followUp', context, (followUp: FollowUp) => ({ ...context.advice, followUp })));

const publicationFields = z.object({
  classificationChecked: z.boolean(),
  publicSummary: publicationSchema.shape.publicSummary,
  publishedOn: optionalDate,
  url: publicationSchema.shape.url,
}) satisfies z.ZodType<Publication, unknown>;
export type PublicationForm = z.input<typeof publicationFields>;

export const publicationFormSchema = (context: DateContext) =>
  publicationFields.superRefine(checkDates('publication', context, (publication: Publication) => ({ ...context.advice, publication })));

export function conclusionToForm(advice: Pick<Advice, 'conclusion'>, today: string): ConclusionForm {
  return advice.conclusion
    ? { ...advice.conclusion }
    : { decision: '', reasons: '', receivedOn: today };
}

export function followUpToForm({ followUp }: Pick<Advice, 'followUp'>): FollowUpForm {
  return {
    discussedOn: followUp.discussedOn ?? '',
    decision: followUp.decision ?? '',
    reReviewOn: followUp.reReviewOn ?? '',
    note: followUp.note,
  };
}

export function publicationToForm({ publication }: Pick<Advice, 'publication'>): PublicationForm {
  return { ...publication, publishedOn: publication.publishedOn ?? '' };
}
