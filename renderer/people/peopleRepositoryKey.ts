import { serviceKey } from '../services/serviceKey';
import type { PeopleRepository } from './peopleRepository';

/** Apart from the repository, so the composition root can register it before its code has loaded. */
export const peopleRepositoryKey = serviceKey<PeopleRepository>('people');
