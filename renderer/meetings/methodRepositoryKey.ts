import { serviceKey } from '../services/serviceKey';
import type { MethodRepository } from './methodRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const methodRepositoryKey = serviceKey<MethodRepository>('methods');
