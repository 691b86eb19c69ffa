import { z } from 'zod';
import { optionalText } from '../util/schemaParts';
import { adviceVersionSchema, reviewKinds, versionStatusSchema } from './adviceSchema';

/**
 * A decision on an advice version sent to the board's server, which decides
 * it (shared/advice/decisions) as the signed-in person and writes the result
 * into the case's document. A review is always the caller's own: the server
 * takes the person from the account, never from the request.
 */
export const decisionPath = '/beraad/decisions';

export const decisionRequestSchema = z.object({
  caseId: z.uuid(),
  versionId: z.uuid(),
  decision: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('step'), to: versionStatusSchema }),
    z.object({ kind: z.literal('review'), reviewKind: z.enum(reviewKinds), comment: optionalText(10_000) }),
  ]),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

/** The version as the server wrote it, or the rules' reasons (AdviceRefusal) for not doing so. */
export const decisionAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: adviceVersionSchema }),
  z.object({ ok: z.literal(false), reasons: z.array(z.string().max(80)).min(1).max(20) }),
]);
export type DecisionAnswer = z.infer<typeof decisionAnswerSchema>;
