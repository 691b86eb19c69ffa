import { app } from 'electron';

/*
 * The renderer's origin. IndexedDB belongs to an origin, so these values are
 * part of the stored data's address: changing them would orphan every user's
 * database. Never change them.
 */
export const appScheme = 'app';
export const appHost = 'beraad';
export const appOrigin = `${appScheme}://${appHost}`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server, only in an unpackaged app and only on loopback:
 * an environment variable must never point a packaged app at other content.
 */
export function devServerUrl(): URL | null {
  const raw = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || raw === undefined) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' && loopbackHosts.has(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

export function rendererEntryUrl(): string {
  return devServerUrl()?.href ?? `${appOrigin}/index.html`;
}

/** Node's URL reports `null` as the origin of custom schemes, so serialise ours by hand. */
export function originOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol === `${appScheme}:`) return `${appScheme}://${url.host}`;
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

export function isTrustedUrl(raw: string): boolean {
  const origin = originOf(raw);
  return origin !== null && origin === (devServerUrl()?.origin ?? appOrigin);
}
