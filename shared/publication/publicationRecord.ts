import { z } from 'zod';
import { timestampSchema } from '../util/schemaParts';

/** The secretary's answer to a finding of the publication filter: replace it, put the name in the register, or it is no name at all. */
export const reviewDecisions = ['accept', 'add_to_register', 'not_a_name'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const decisionRecordSchema = z.object({
  /** The finding's key (findingKey): the same text found again gets the same decision. */
  key: z.string().min(1).max(600),
  decision: z.enum(reviewDecisions),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** One public file that left the app: its name and fingerprint, so it can later be proven unchanged. */
export const publicExportSchema = z.object({
  at: timestampSchema,
  by: z.string().max(200),
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PublicExport = z.infer<typeof publicExportSchema>;

/**
 * What the review before publication decided about one advice version, and
 * every public file made of that version. A re-export of the version starts
 * from these decisions.
 */
export const publicationRecordSchema = z.object({
  versionId: z.uuid(),
  caseId: z.uuid(),
  decisions: z.array(decisionRecordSchema).max(5000),
  exports: z.array(publicExportSchema).max(500),
  updatedAt: timestampSchema,
});
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;
