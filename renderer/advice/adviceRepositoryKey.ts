import { serviceKey } from '../services/serviceKey';
import type { AdviceRepository } from './adviceRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const adviceRepositoryKey = serviceKey<AdviceRepository>('advice');
