import { z } from 'zod';
import { parseExternalUrl } from '../util/safeUrl';
import { isoDateSchema, optionalText, requiredText } from '../util/schemaParts';
import { caseStatuses } from './status';
import { classifications, instrumentKinds, instrumentStatuses, technologyTypes } from './vocabulary';

/*
 * Error messages are locale keys (see renderer/i18n); shared code stays free of
 * any language so the same schema validates in main, renderer and tests.
 */
const required = requiredText;
const optional = optionalText;

const tagList = z
  .array(z.string().trim().min(1).max(80, { error: 'validation.tooLong' }))
  .max(30, { error: 'validation.tooMany' })
  .transform((tags) => [...new Set(tags)]);


export const caseStatusSchema = z.enum(caseStatuses);

export const processOwnerSchema = z.object({
  name: required(120),
  department: optional(120),
  contact: optional(200),
});

export const instrumentSchema = z.object({
  kind: z.enum(instrumentKinds),
  status: z.enum(instrumentStatuses),
  link: optional(2048).refine((value) => value === '' || parseExternalUrl(value) !== null, {
    error: 'validation.httpsLink',
  }),
  documentRef: optional(200),
});

/** What a person enters when registering or editing a case. */
export const caseInputSchema = z.object({
  title: required(200),
  question: required(4000),
  processOwner: processOwnerSchema,
  requester: optional(200),
  solicited: z.boolean(),
  receivedOn: isoDateSchema,
  themes: tagList,
  technology: z.enum(technologyTypes, { error: 'validation.choose' }),
  values: tagList,
  instruments: z.array(instrumentSchema).max(20),
  classification: z.enum(classifications, { error: 'validation.choose' }),
});

export const statusChangeSchema = z.object({
  from: caseStatusSchema,
  to: caseStatusSchema,
  at: z.iso.datetime(),
});

/** A case as stored. The rich-text description is stored beside it (see caseDescriptionSchema). */
export const caseSchema = caseInputSchema.extend({
  id: z.uuid(),
  reference: z.string().min(1).max(60),
  status: caseStatusSchema,
  statusHistory: z.array(statusChangeSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
});

export type CaseInput = z.input<typeof caseInputSchema>;
export type ValidCaseInput = z.output<typeof caseInputSchema>;
export type Case = z.output<typeof caseSchema>;
export type Instrument = z.output<typeof instrumentSchema>;

/** tiptap JSON. Its shape is checked against the editor schema where the editor lives. */
export const richTextSchema = z.object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }).loose();
export type RichText = z.infer<typeof richTextSchema>;

export const caseDescriptionSchema = z.object({
  caseId: z.uuid(),
  doc: richTextSchema,
  updatedAt: z.iso.datetime(),
});
export type CaseDescription = z.infer<typeof caseDescriptionSchema>;
