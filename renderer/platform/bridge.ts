import { bridgeGlobal } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';
import { createWebBridge } from './webBridge';
import { serviceKey } from '../services/serviceKey';

/** The preload's bridge in the desktop app, the browser stand-in everywhere else. */
export function resolveBridge(): Bridge {
  const exposed = (window as unknown as Record<string, Bridge | undefined>)[bridgeGlobal];
  return exposed ?? createWebBridge();
}

export const bridgeKey = serviceKey<Bridge>('bridge');
