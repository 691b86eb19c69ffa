import { serviceKey } from '../services/serviceKey';
import type { MeetingRepository } from './meetingRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const meetingRepositoryKey = serviceKey<MeetingRepository>('meetings');
