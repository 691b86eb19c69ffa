import { serviceKey } from '../services/serviceKey';
import type { AdviceOutcomeRepository } from './adviceOutcomeRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const adviceOutcomeRepositoryKey = serviceKey<AdviceOutcomeRepository>('adviceOutcome');
