import { serviceKey } from '../services/serviceKey';
import type { ScreeningRepository } from './screeningRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const screeningRepositoryKey = serviceKey<ScreeningRepository>('screenings');
