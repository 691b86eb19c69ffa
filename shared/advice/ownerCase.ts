import { z } from 'zod';
import { timestampSchema } from '../util/schemaParts';
import { adviceSchema, adviceVersionSchema } from './adviceSchema';

/**
 * What a process owner receives of their one case, from the board's server:
 * they never receive the case's document (notes, deliberation, drafts), so
 * the server reads this for them. The conclusion itself they send as any
 * conclusion (`outcomePath`), which the server takes for their case only.
 */
export const ownerCasePath = '/beraad/owner-case';

export const ownerCaseRequestSchema = z.object({ caseId: z.uuid() });
export type OwnerCaseRequest = z.infer<typeof ownerCaseRequestSchema>;

/**
 * The advice as issued, without what is the board's own: the members'
 * review comments, and the earlier cases it refers to (their titles are
 * other cases, which the owner may not see).
 */
export const issuedAdviceSchema = adviceVersionSchema.omit({ reviews: true, precedents: true });
export type IssuedAdvice = z.infer<typeof issuedAdviceSchema>;

export const ownerCaseSchema = z.object({
  caseId: z.uuid(),
  reference: z.string().max(60),
  title: z.string().max(200),
  issuedOn: adviceSchema.shape.issuedOn,
  /** The newest issued version; null until the board has issued one. */
  advice: issuedAdviceSchema.nullable(),
  conclusion: adviceSchema.shape.conclusion,
  conclusionRecordedAt: timestampSchema.nullable(),
  /** The name of whoever recorded the conclusion last, from the case's trail. */
  conclusionRecordedBy: z.string().max(200).nullable(),
});
export type OwnerCase = z.infer<typeof ownerCaseSchema>;

export const ownerCaseAnswerSchema = z.object({ ok: z.literal(true), ownerCase: ownerCaseSchema });
export type OwnerCaseAnswer = z.infer<typeof ownerCaseAnswerSchema>;
