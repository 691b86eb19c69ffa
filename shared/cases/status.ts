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

export type CaseStatus = (typeof caseStatuses)[number];

/*
 * Stepping back is allowed while the board is still working on a case, because
 * preparation often turns out incomplete during deliberation. Once an advice has
 * gone out the record only moves forward: what was sent cannot be unsent.
 * Moving on past the advice needs proof in the record itself (see requiredEvidence).
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

export type TransitionRefusal =
  | 'same_status'
  | 'not_allowed'
  | 'archived'
  | 'advice_not_issued'
  | 'no_conclusion'
  | 'not_published';

/** What the advice of a case shows; read from the advice records when a status changes. */
export interface AdviceEvidence {
  adviceIssued: boolean;
  conclusionRecorded: boolean;
  published: boolean;
}

export const noAdviceEvidence: AdviceEvidence = { adviceIssued: false, conclusionRecorded: false, published: false };

function missingEvidence(to: CaseStatus, evidence: AdviceEvidence): TransitionRefusal | null {
  if (to === 'advies_uitgebracht' && !evidence.adviceIssued) return 'advice_not_issued';
  if (to === 'conclusie_ontvangen' && !evidence.conclusionRecorded) return 'no_conclusion';
  if (to === 'gepubliceerd' && !evidence.conclusionRecorded) return 'no_conclusion';
  if (to === 'gepubliceerd' && !evidence.published) return 'not_published';
  return null;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal };

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return allowedTransitions[from];
}

export function checkTransition(
  current: { status: CaseStatus; archivedAt: string | null },
  to: CaseStatus,
  evidence: AdviceEvidence,
): TransitionCheck {
  if (current.archivedAt !== null) return { ok: false, reason: 'archived' };
  if (current.status === to) return { ok: false, reason: 'same_status' };
  if (!allowedTransitions[current.status].includes(to)) return { ok: false, reason: 'not_allowed' };
  const missing = missingEvidence(to, evidence);
  return missing ? { ok: false, reason: missing } : { ok: true };
}
