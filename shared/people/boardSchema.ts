import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText, timestampSchema } from '../util/schemaParts';
import { personRoleSchema } from './personSchema';

export const conflictMeasures = ['neemt_niet_deel', 'neemt_deel_zonder_oordeel', 'geen_gevolg'] as const;

export const boardMemberSchema = z.object({ personId: z.uuid(), role: personRoleSchema });

export const conflictDeclarationSchema = z.object({
  personId: z.uuid(),
  declaredOn: isoDateSchema,
  description: requiredText(2000),
  measure: z.enum(conflictMeasures, { error: 'validation.choose' }),
});

/** Who deliberates on one case, and the conflicts of interest declared for it. */
export const caseBoardSchema = z.object({
  caseId: z.uuid(),
  members: z.array(boardMemberSchema).max(60),
  conflicts: z.array(conflictDeclarationSchema).max(60),
  note: optionalText(2000),
  updatedAt: timestampSchema,
});

export type BoardMember = z.infer<typeof boardMemberSchema>;
export type ConflictDeclaration = z.infer<typeof conflictDeclarationSchema>;
export type CaseBoard = z.infer<typeof caseBoardSchema>;
