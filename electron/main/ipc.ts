import { ipcMain } from 'electron';
import { z } from 'zod';
import { invokeChannels, type InvokeMethod } from '@shared/ipc/channels';
import { contract, type BridgeResult, type Contract, type Response } from '@shared/ipc/contract';
import { isTrustedUrl } from './origin';

type Request<M extends InvokeMethod> = z.output<Contract[M]['request']>;
export type Handler<M extends InvokeMethod> = (request: Request<M>) => Promise<Response<M>> | Response<M>;

/**
 * The only way main answers the renderer. Every call is checked for where it
 * comes from and what it carries before `impl` sees it, and every outcome goes
 * back as a value: a thrown error would lose its shape crossing IPC. `impl`
 * never gets the event, so it cannot reach the sender's webContents.
 */
export function handle<M extends InvokeMethod>(method: M, impl: Handler<M>): void {
  const schema: z.ZodType = contract[method].request;
  ipcMain.handle(invokeChannels[method], async (event, payload: unknown): Promise<BridgeResult<Response<M>>> => {
    const frame = event.senderFrame;
    if (frame === null || !isTrustedUrl(frame.url)) return { ok: false, error: { code: 'untrusted_sender' } };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_payload', detail: z.prettifyError(parsed.error) } };
    try {
      // TypeScript cannot narrow contract[method] by a generic M; the schema is that method's own.
      return { ok: true, value: await impl(parsed.data as Request<M>) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', detail: error instanceof Error ? error.message : String(error) } };
    }
  });
}
