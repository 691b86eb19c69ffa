import { z } from 'zod';
import {
  conclusionInputSchema,
  followUpDecisions,
  publicationSchema,
  type Advice,
  type FollowUp,
  type Publication,
} from '@shared/advice/adviceSchema';
import { isoDateSchema, optionalText } from '@shared/util/schemaParts';

/*
 * The outcome forms edit strings only: a date input and an unchosen radio give
 * '' where the stored advice has null. These schemas turn form values into
 * what the repository takes, with messages as locale keys.
 */
const isDate = (value: string) => isoDateSchema.safeParse(value).success;
const requiredDate = z.string().refine(isDate, { error: 'validation.date' });
const optionalDate = z
  .string()
  .refine((value) => value === '' || isDate(value), { error: 'validation.date' })
  .transform((value) => (value === '' ? null : value));

export const factCheckRequestFormSchema = z.object({ requestedOn: requiredDate });
export const factCheckResponseFormSchema = z.object({ respondedOn: requiredDate, response: optionalText(20_000) });
export type FactCheckRequestForm = z.input<typeof factCheckRequestFormSchema>;
export type FactCheckResponseForm = z.input<typeof factCheckResponseFormSchema>;

export const conclusionFormSchema = z
  .object({ decision: z.string(), reasons: z.string(), receivedOn: z.string() })
  .pipe(conclusionInputSchema);
export type ConclusionForm = z.input<typeof conclusionFormSchema>;

export const followUpFormSchema = z.object({
  discussedOn: optionalDate,
  decision: z.union([z.literal(''), z.enum(followUpDecisions)]).transform((value) => (value === '' ? null : value)),
  reReviewOn: optionalDate,
  note: optionalText(5000),
}) satisfies z.ZodType<FollowUp, unknown>;
export type FollowUpForm = z.input<typeof followUpFormSchema>;

export const publicationFormSchema = z.object({
  classificationChecked: z.boolean(),
  publicSummary: publicationSchema.shape.publicSummary,
  publishedOn: optionalDate,
  url: publicationSchema.shape.url,
}) satisfies z.ZodType<Publication, unknown>;
export type PublicationForm = z.input<typeof publicationFormSchema>;

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
