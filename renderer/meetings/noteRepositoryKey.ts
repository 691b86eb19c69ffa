import { serviceKey } from '../services/serviceKey';
import type { NoteRepository } from './noteRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const noteRepositoryKey = serviceKey<NoteRepository>('notes');
