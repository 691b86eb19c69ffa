import { z } from 'zod';
import { adviceSchema, conclusionInputSchema, publicationSchema } from './adviceSchema';

/**
 * The process owner's conclusion or the publication of an issued advice, sent
 * to the board's server, which decides it (shared/advice/outcomeDecisions) as
 * the signed-in person and writes the result into the case's document.
 */
export const outcomePath = '/beraad/outcomes';

export const outcomeRequestSchema = z.object({
  caseId: z.uuid(),
  decision: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('conclusion'), conclusion: conclusionInputSchema }),
    z.object({ kind: z.literal('publication'), publication: publicationSchema }),
  ]),
});
export type OutcomeRequest = z.infer<typeof outcomeRequestSchema>;

/** The advice as the server wrote it, or the rules' reasons (AdviceRefusal) for not doing so. */
export const outcomeAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), advice: adviceSchema }),
  z.object({ ok: z.literal(false), reasons: z.array(z.string().max(80)).min(1).max(20) }),
]);
export type OutcomeAnswer = z.infer<typeof outcomeAnswerSchema>;
