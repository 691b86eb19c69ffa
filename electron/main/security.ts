import { app, shell, type Session, type WebContents } from 'electron';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { isTrustedUrl } from './origin';

/*
 * The one permission granted: persistent storage keeps Chromium from evicting
 * the app's IndexedDB under disk pressure, and only our own origin may ask.
 */
function isAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'persistent-storage' && isTrustedUrl(requestingUrl);
}

export function installPermissionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowed(permission, requestingOrigin));
}

/** Keeps every webContents on the app's own pages; https links leave for the user's browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = parseExternalUrl(url);
    if (external !== null) shell.openExternal(external.href).catch((error: unknown) => console.error('Opening a link failed', error));
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Covers windows created later too, including any a dependency might open. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
