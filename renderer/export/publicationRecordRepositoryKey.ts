import { serviceKey } from '../services/serviceKey';
import type { PublicationRecordRepository } from './publicationRecordRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const publicationRecordRepositoryKey = serviceKey<PublicationRecordRepository>('publicationRecords');
