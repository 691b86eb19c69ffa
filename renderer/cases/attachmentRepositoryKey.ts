import { serviceKey } from '../services/serviceKey';
import type { AttachmentRepository } from './attachmentRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const attachmentRepositoryKey = serviceKey<AttachmentRepository>('attachments');
