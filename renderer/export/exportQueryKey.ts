import { serviceKey } from '../services/serviceKey';
import type { ExportQuery } from './exportQuery';

/** Apart from the query, so the composition root can register it before its code has loaded. */
export const exportQueryKey = serviceKey<ExportQuery>('exports');
