import { z } from 'zod';
import { keptSessionSchema } from '../accounts/accountSchema';
import { backupStatusResponse, backupWriteRequest, backupWriteResponse } from '../backup/ipcSchemas';
import { attachmentLimitBytes, contentLimits } from '../backup/limits';
import { fileNameSchema } from '../cases/attachmentSchema';
import { databaseIdentitySchema } from '../storage/databaseIdentitySchema';
import { saveDocumentRequest, saveDocumentResponse } from '../export/documentFile';
import type { InvokeMethod } from './channels';

/** The largest file the renderer may hand to main, matching the highest attachment limit. */
export const maxTransferBytes = attachmentLimitBytes(contentLimits.maxAttachmentMb);

const bytes = z.instanceof(Uint8Array).refine((value) => value.byteLength <= maxTransferBytes, {
  error: 'too_large',
});

/** One source for every call across the bridge: what goes in, what comes back. */
export const contract = {
  saveFile: {
    request: z.strictObject({ suggestedName: fileNameSchema, bytes }),
    response: z.object({ saved: z.boolean() }),
  },
  openFile: {
    request: z.strictObject({ name: fileNameSchema, bytes }),
    response: z.object({ opened: z.boolean() }),
  },
  openExternal: {
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
  appInfo: {
    request: z.undefined(),
    response: z.object({ version: z.string(), platform: z.string() }),
  },
  /** A document the renderer built (Word, PDF, ODT, publication package, screening template); main asks where to put it and checks it is what its name says. */
  saveDocument: { request: saveDocumentRequest, response: saveDocumentResponse },
  /** Main names the file and writes it only inside the backup folder it keeps itself. */
  backupWrite: { request: backupWriteRequest, response: backupWriteResponse },
  backupStatus: { request: z.undefined(), response: backupStatusResponse },
  backupChooseFolder: { request: z.undefined(), response: z.object({ folder: z.string().nullable() }) },
  /** One backup from the folder, by the name backupStatus listed: for the recovery screen. */
  backupRead: { request: z.strictObject({ fileName: fileNameSchema }), response: z.object({ bytes: z.instanceof(Uint8Array) }) },
  /** The database's identity kept in a file beside it, for when localStorage went with the database. */
  identityRead: { request: z.undefined(), response: z.object({ identity: databaseIdentitySchema.nullable() }) },
  identityWrite: { request: z.strictObject({ identity: databaseIdentitySchema }), response: z.object({ written: z.boolean() }) },
  /** The board-mode sign-in this machine keeps between starts; null when there is none or it cannot be read. */
  boardSessionRead: { request: z.undefined(), response: z.object({ session: keptSessionSchema.nullable() }) },
  /** Keeps (or with null forgets) the sign-in; `kept` is false where it cannot be stored encrypted, and then nothing is written. */
  boardSessionWrite: { request: z.strictObject({ session: keptSessionSchema.nullable() }), response: z.object({ kept: z.boolean() }) },
} satisfies Record<InvokeMethod, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Request<M extends InvokeMethod> = z.input<Contract[M]['request']>;
export type Response<M extends InvokeMethod> = z.output<Contract[M]['response']>;

/** Errors cross the bridge as values; a thrown error would lose its shape in IPC. */
export type BridgeError = { code: 'invalid_payload' | 'untrusted_sender' | 'failed'; detail?: string };
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export type InvokeApi = {
  [M in InvokeMethod]: (request: Request<M>) => Promise<BridgeResult<Response<M>>>;
};

export interface Bridge extends InvokeApi {
  readonly kind: 'desktop' | 'web';
  /** Registers what to run before the window closes or the app quits. Returns an unsubscribe. */
  onFlushRequest(handler: () => Promise<void>): () => void;
}
