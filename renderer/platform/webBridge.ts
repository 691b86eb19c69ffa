import { parseExternalUrl } from '@shared/util/safeUrl';
import type { Bridge, BridgeResult } from '@shared/ipc/contract';
import { attachmentMimeType } from '@shared/cases/attachments';
import { backupFileName } from '@shared/backup/fileNames';

const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
    // No folder in a browser: a backup meant for it (the copy before a restore) is downloaded instead.
    async backupWrite({ bytes, reason }) {
      const at = new Date();
      const fileName = backupFileName(at, reason);
      download(fileName, bytes);
      return ok({ fileName, at: at.toISOString(), removed: 0 });
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
