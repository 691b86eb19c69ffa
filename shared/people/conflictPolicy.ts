import { z } from 'zod';

/**
 * What the board does with a member who declared a conflict of interest on a
 * case and does not take part (neemt niet deel): `readOnly` lets them follow
 * the case without changing it; `excluded` keeps the case from them entirely.
 * The secretary chooses; it holds for every case.
 */
export const conflictPolicies = ['readOnly', 'excluded'] as const;
export const conflictPolicySchema = z.enum(conflictPolicies);
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;
export const defaultConflictPolicy: ConflictPolicy = 'readOnly';
