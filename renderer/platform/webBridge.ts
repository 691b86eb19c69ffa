import { parseExternalUrl } from '@shared/util/safeUrl';
import type { Bridge, BridgeResult } from '@shared/ipc/contract';
import { attachmentMimeType } from '@shared/cases/attachments';
import { backupFileName } from '@shared/backup/fileNames';

const keptSessionKey = 'beraad.boardSession';

function parseStored(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface SafetyCopyFile {
  createWritable(): Promise<{ write(data: BlobPart): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}

/** The File System Access API's save dialog (Chromium); lib.dom does not declare it yet. */
export type SavePicker = (options: { suggestedName: string; types: { accept: Record<string, string[]> }[] }) => Promise<SafetyCopyFile>;

const savePicker = (): SavePicker | undefined => (window as { showSaveFilePicker?: SavePicker }).showSaveFilePicker?.bind(window);

/**
 * Keeps the copy made before a restore. With a save dialog it counts as kept
 * only once the file is closed, which is when the browser has written it; a
 * download only offers it, and the user must say it was kept.
 */
export async function keepSafetyCopy(
  fileName: string,
  bytes: Uint8Array,
  picker: SavePicker | undefined,
  offer: (name: string, bytes: Uint8Array) => void,
): Promise<'saved' | 'offered' | 'cancelled'> {
  if (!picker) {
    offer(fileName, bytes);
    return 'offered';
  }
  let file: SafetyCopyFile;
  try {
    file = await picker({ suggestedName: fileName, types: [{ accept: { 'application/zip': ['.zip'] } }] });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
  const writable = await file.createWritable();
  try {
    await writable.write(bytes as BlobPart);
  } catch (error) {
    // Leaves the file as it was instead of half written.
    await writable.abort().catch(() => undefined);
    throw error;
  }
  await writable.close();
  return 'saved';
}

/**
 * The bridge when the renderer runs in a plain browser (`npm run web`, e2e
 * tests): downloads stand in for save dialogs, and the page's own lifecycle
 * events stand in for the quit handshake.
 */
export function createWebBridge(): Bridge {
  return {
    kind: 'web',
    async saveFile({ suggestedName, bytes }) {
      download(suggestedName, bytes);
      return ok({ saved: true });
    },
    async saveDocument({ suggestedName, bytes }) {
      download(suggestedName, bytes);
      return ok({ saved: true });
    },
    async openFile({ name, bytes }) {
      const type = attachmentMimeType(name);
      // Only PDFs and raster images open in a tab; anything else is safer downloaded.
      if (type === 'application/pdf' || type?.startsWith('image/')) {
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
        window.open(url, '_blank', 'noopener');
        return ok({ opened: true });
      }
      download(name, bytes);
      return ok({ opened: true });
    },
    async openExternal({ url }) {
      const parsed = parseExternalUrl(url);
      if (!parsed) return ok({ opened: false });
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return ok({ opened: true });
    },
    async appInfo() {
      return ok({ version: import.meta.env.VITE_APP_VERSION ?? 'web', platform: 'web' });
    },
    // No folder in a browser: a backup meant for it (the copy before a restore) is saved where the user says.
    async backupWrite({ bytes, reason }) {
      const at = new Date();
      const fileName = backupFileName(at, reason);
      try {
        const kept = await keepSafetyCopy(fileName, bytes, savePicker(), download);
        return ok({ fileName, at: at.toISOString(), removed: 0, ...(kept === 'saved' ? {} : { handover: kept }) });
      } catch (error) {
        return { ok: false, error: { code: 'failed', detail: error instanceof Error ? error.message : String(error) } };
      }
    },
    async backupStatus() {
      return ok({ folder: null, isDefault: false, backups: [] });
    },
    async backupChooseFolder() {
      return ok({ folder: null });
    },
    async backupRead() {
      return { ok: false, error: { code: 'failed', detail: 'no backup folder in a browser' } };
    },
    // localStorage is the browser's only copy outside IndexedDB (renderer/db/databaseIdentityStore.ts).
    async identityRead() {
      return ok({ identity: null });
    },
    async identityWrite() {
      return ok({ written: false });
    },
    /*
     * The browser build (development and the e2e tests) has no key store: the
     * sign-in stays in this origin's localStorage. Only the desktop app is
     * meant for real use, and it keeps the sign-in encrypted. The schema loads
     * here, in board mode only, not with the first screen.
     */
    async boardSessionRead() {
      const { keptSessionSchema } = await import('@shared/accounts/accountSchema');
      const parsed = keptSessionSchema.safeParse(parseStored(localStorage.getItem(keptSessionKey)));
      return ok({ session: parsed.success ? parsed.data : null });
    },
    async boardSessionWrite({ session }) {
      if (session === null) localStorage.removeItem(keptSessionKey);
      else localStorage.setItem(keptSessionKey, JSON.stringify(session));
      return ok({ kept: true });
    },
    onFlushRequest(handler) {
      const onHide = () => {
        if (document.visibilityState === 'hidden') void handler();
      };
      const onPageHide = () => void handler();
      document.addEventListener('visibilitychange', onHide);
      window.addEventListener('pagehide', onPageHide);
      return () => {
        document.removeEventListener('visibilitychange', onHide);
        window.removeEventListener('pagehide', onPageHide);
      };
    },
  };
}
