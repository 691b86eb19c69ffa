import { z } from 'zod';

/** The life of a case, in the order a case normally passes through it. */
export const caseStatuses = [
  'intake',
  'in_voorbereiding',
  'in_beraadslaging',
  'advies_in_opstelling',
  'advies_uitgebracht',
  'conclusie_ontvangen',
  'gepubliceerd',
  'afgesloten',
  'ingetrokken',
] as const;

export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/*
 * Stepping back is allowed while the board is still working on a case, because
 * preparation often turns out incomplete during deliberation. Once an advice has
 * gone out the record only moves forward: what was sent cannot be unsent.
 * Rules that need later data (an issued advice, a conclusion) are added by the
 * features that bring that data.
 */
const allowedTransitions: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['in_voorbereiding', 'ingetrokken'],
  in_voorbereiding: ['in_beraadslaging', 'intake', 'ingetrokken'],
  in_beraadslaging: ['advies_in_opstelling', 'in_voorbereiding', 'ingetrokken'],
  advies_in_opstelling: ['advies_uitgebracht', 'in_beraadslaging', 'ingetrokken'],
  advies_uitgebracht: ['conclusie_ontvangen'],
  conclusie_ontvangen: ['gepubliceerd'],
  gepubliceerd: ['afgesloten'],
  afgesloten: [],
  ingetrokken: ['intake'],
};

export type TransitionRefusal = 'same_status' | 'not_allowed' | 'archived';

export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal };

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return allowedTransitions[from];
}

export function checkTransition(
  current: { status: CaseStatus; archivedAt: string | null },
  to: CaseStatus,
): TransitionCheck {
  if (current.archivedAt !== null) return { ok: false, reason: 'archived' };
  if (current.status === to) return { ok: false, reason: 'same_status' };
  if (!allowedTransitions[current.status].includes(to)) return { ok: false, reason: 'not_allowed' };
  return { ok: true };
}
