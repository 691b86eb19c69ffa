import { serviceKey } from '../services/serviceKey';
import type { ActionRepository } from './actionRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const actionRepositoryKey = serviceKey<ActionRepository>('actions');
