import type { AdviceVersion, Precedent } from './adviceSchema';
import { checkEditable, refuse, type RuleCheck } from './versionRules';

/**
 * An earlier case goes into the newest draft of the advice as a reference,
 * once, and never the case itself.
 */
export function checkAddPrecedent(version: Pick<AdviceVersion, 'caseId' | 'status' | 'number' | 'precedents'>, latestNumber: number, precedentCaseId: string): RuleCheck {
  const editable = checkEditable(version, latestNumber);
  if (!editable.ok) return editable;
  if (precedentCaseId === version.caseId) return refuse('own_case');
  if ((version.precedents ?? []).some((precedent) => precedent.caseId === precedentCaseId)) return refuse('precedent_linked');
  return { ok: true };
}

/** The references in the order they were added, the new one last. */
export function withPrecedent(version: AdviceVersion, precedent: Precedent): AdviceVersion {
  return { ...version, precedents: [...(version.precedents ?? []), precedent] };
}

export function withoutPrecedent(version: AdviceVersion, caseId: string): AdviceVersion {
  return { ...version, precedents: (version.precedents ?? []).filter((precedent) => precedent.caseId !== caseId) };
}

/**
 * A reference as a published advice may show it: the title and the date of
 * the earlier advice only when that advice was itself published. An
 * unpublished case's title names its subject, which is not public; its
 * reference number names nothing, and anyone can ask for it under the Woo.
 */
export function publicPrecedent(precedent: Precedent, published: boolean): { reference: string; title: string | null; adviceIssuedOn: string | null } {
  return published
    ? { reference: precedent.reference, title: precedent.title, adviceIssuedOn: precedent.adviceIssuedOn }
    : { reference: precedent.reference, title: null, adviceIssuedOn: null };
}
