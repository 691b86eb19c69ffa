import { serviceKey } from '../services/serviceKey';
import type { ScreeningTemplateRepository } from './screeningTemplateRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const screeningTemplateRepositoryKey = serviceKey<ScreeningTemplateRepository>('screeningTemplates');
