import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobal, invokeChannels, lifecycleChannels, type InvokeMethod } from '@shared/ipc/channels';
import type { Bridge, InvokeApi } from '@shared/ipc/contract';

/*
 * Runs sandboxed: it may import channel names but nothing that pulls in a
 * library. Validation happens in main, which is the side that must not trust
 * the other. Only plain functions cross into the page, never ipcRenderer or
 * an IPC event.
 */
function invoker(channel: string) {
  return (request: unknown) => ipcRenderer.invoke(channel, request);
}

const invokeApi = Object.fromEntries(
  (Object.keys(invokeChannels) as InvokeMethod[]).map((method) => [method, invoker(invokeChannels[method])]),
) as InvokeApi;

const flushHandlers = new Set<() => Promise<void>>();

// Always answered, even with nothing registered, so main never waits out its timeout for nothing.
ipcRenderer.on(lifecycleChannels.flushRequest, () => {
  // async turns a handler that throws outright into a rejection, which allSettled waits out like the rest.
  void Promise.allSettled([...flushHandlers].map(async (handler) => handler())).then(() => {
    ipcRenderer.send(lifecycleChannels.flushed);
  });
});

const api: Bridge = {
  ...invokeApi,
  kind: 'desktop',
  onFlushRequest(handler) {
    flushHandlers.add(handler);
    return () => {
      flushHandlers.delete(handler);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobal, api);
