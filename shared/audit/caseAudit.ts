import { z } from 'zod';

/**
 * The server's own audit log as it concerns one case: every decision on it,
 * refused ones and undone document writes too, with the signed-in person's
 * name, and whether the hash chain of the whole log is unbroken. The app shows
 * it beside the case's trail, which lives in the case's document.
 */
export const caseAuditPath = '/beraad/audit';

export const caseAuditRequestSchema = z.object({ caseId: z.uuid() });
export type CaseAuditRequest = z.infer<typeof caseAuditRequestSchema>;

/** The newest entries of one case the server sends; a case with more is shown from the newest back. */
export const caseAuditLimit = 500;

export const serverAuditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: z.iso.datetime(),
  accountName: z.string().max(200).nullable(),
  action: z.string().max(40),
  /** `decision` entries: the approval kind, `status.<to>`, `conclusion`, `publication`, or the refusal's codes. */
  outcome: z.string().max(400),
});
export type ServerAuditEntry = z.infer<typeof serverAuditEntrySchema>;

export const caseAuditAnswerSchema = z.object({
  ok: z.literal(true),
  /** The check of the whole log, not only this case's part: an entry changed or removed anywhere breaks it from there on. */
  chain: z.discriminatedUnion('intact', [
    z.object({ intact: z.literal(true), entries: z.number().int().min(0) }),
    z.object({ intact: z.literal(false), brokenAt: z.number().int().min(1) }),
  ]),
  /** Newest first. */
  entries: z.array(serverAuditEntrySchema).max(caseAuditLimit),
});
export type CaseAuditAnswer = z.infer<typeof caseAuditAnswerSchema>;
