import type { Advice, Publication } from './adviceSchema';
import { ok, refuse, type AdviceRefusal, type RuleCheck } from './versionRules';

/**
 * Publication details can be prepared once the advice is out. A publication
 * date says it went public, so by then the classification must have been
 * checked, the conclusion must be there (it is published with the advice) and
 * the case must not be confidential.
 */
export function checkPublication(
  advice: Pick<Advice, 'issuedOn' | 'conclusion'>,
  publication: Publication,
  caseClassification: string,
): RuleCheck {
  if (advice.issuedOn === null) return refuse('not_issued');
  if (publication.publishedOn === null) return ok;
  const missing: AdviceRefusal[] = [];
  if (caseClassification === 'vertrouwelijk') missing.push('confidential_case');
  if (!publication.classificationChecked) missing.push('classification_unchecked');
  if (advice.conclusion === null) missing.push('no_conclusion');
  return missing.length > 0 ? refuse(...missing) : ok;
}
