import { serviceKey } from '../services/serviceKey';
import type { DraftRepository } from './draftRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const draftRepositoryKey = serviceKey<DraftRepository>('drafts');
