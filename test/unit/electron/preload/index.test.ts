// Resolves the mocked module now, so it is the same instance as the import below once vi.resetModules runs.
import 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeGlobal, invokeChannels, lifecycleChannels } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';
import { contextBridge, ipcRenderer, resetElectronMock } from '../../electronMock';

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  await import('../../../../electron/preload/index');
  return contextBridge.exposed.get(bridgeGlobal) as Bridge;
}

/** Lets the preload's promise chain (handlers, then the answer) run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preload bridge', () => {
  beforeEach(resetElectronMock);

  it('exposes one function per contract method plus kind and onFlushRequest, and nothing else', async () => {
    const api = await loadPreload();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(invokeChannels), 'kind', 'onFlushRequest'].sort());
    expect(api.kind).toBe('desktop');
    for (const value of Object.values(api)) expect(['function', 'string']).toContain(typeof value);
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('sends each method on its own channel with only the payload and hands back main’s answer', async () => {
    const api = await loadPreload();
    const answer = { ok: true, value: { opened: true } };
    ipcRenderer.invoke.mockResolvedValue(answer);
    const bytes = new Uint8Array([1, 2, 3]);

    await expect(api.openFile({ name: 'a.pdf', bytes })).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.openFile, { name: 'a.pdf', bytes });

    await api.saveFile({ suggestedName: 'advies.docx', bytes });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.saveFile, { suggestedName: 'advies.docx', bytes });

    await api.openExternal({ url: 'https://example.org' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.openExternal, { url: 'https://example.org' });

    await api.appInfo(undefined);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannels.appInfo, undefined);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(4);
  });

  it('answers a flush request only after every registered handler has finished', async () => {
    const api = await loadPreload();
    const order: string[] = [];
    let finishSlow: () => void = () => undefined;
    api.onFlushRequest(() => new Promise<void>((resolve) => (finishSlow = resolve)).then(() => void order.push('slow')));
    api.onFlushRequest(async () => void order.push('fast'));

    ipcRenderer.emit(lifecycleChannels.flushRequest, {});
    await settle();
    expect(order).toEqual(['fast']);
    expect(ipcRenderer.send).not.toHaveBeenCalled();

    finishSlow();
    await settle();
    expect(order).toEqual(['fast', 'slow']);
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(lifecycleChannels.flushed);
  });

  it('still answers when a handler fails, so quitting is never blocked by a renderer bug', async () => {
    const api = await loadPreload();
    api.onFlushRequest(async () => {
      throw new Error('write failed');
    });
    api.onFlushRequest(() => {
      throw new Error('thrown before any promise');
    });

    ipcRenderer.emit(lifecycleChannels.flushRequest, {});
    await settle();
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(lifecycleChannels.flushed);
  });

  it('answers at once with nothing registered, and an unsubscribed handler is no longer run', async () => {
    const api = await loadPreload();
    const handler = vi.fn(async () => undefined);
    const unsubscribe = api.onFlushRequest(handler);
    unsubscribe();

    ipcRenderer.emit(lifecycleChannels.flushRequest, {});
    await settle();
    expect(handler).not.toHaveBeenCalled();
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(lifecycleChannels.flushed);
  });
});
