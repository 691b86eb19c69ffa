import { lazyService } from '../services/lazyService';
import type { AccountApi } from './accountApi';

/**
 * The board server's endpoints (./accountApi.ts), whose code and the schemas
 * every answer is checked against load at the first call: a machine in solo
 * mode never makes one, and the first screen does not wait for them.
 */
export const lazyAccountApi = (socketUrl: string): AccountApi =>
  lazyService(() => import('./accountApi').then(({ accountApi }) => accountApi(socketUrl)));
