import type { AdviceEvidence } from '../cases/status';
import type { Advice } from './adviceSchema';

/** What the case's status rules need to know about its advice. */
export function adviceEvidence(advice: Advice | undefined): AdviceEvidence {
  return {
    adviceIssued: advice?.issuedOn != null,
    conclusionRecorded: advice?.conclusion != null,
    published: advice?.publication.publishedOn != null,
  };
}
