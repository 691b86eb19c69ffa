import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicyHeader } from '@shared/security/contentSecurityPolicy';
import { appHost, appScheme } from './origin';

/*
 * Module scripts are refused unless served with a JavaScript MIME type, so the
 * type must be right; unknown files get a type the browser will not execute.
 */
const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Must run before the app is ready: privileges cannot be granted afterwards.
 * corsEnabled stays off, so no other origin can read what app:// serves.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** The file under `root` a request asks for, or null when it points anywhere else. */
export function resolveAssetPath(root: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Decoding can smuggle in separators and NULs the URL parser never saw.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const file = resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..') return null;
  return file;
}

export function createAssetHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAssetPath(root, request.url);
    if (file === null) return new Response('Forbidden', { status: 403 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const type = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = new Headers({ 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
    if (type.startsWith('text/html')) headers.set('Content-Security-Policy', contentSecurityPolicyHeader);
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}

export function serveRenderer(root: string): void {
  protocol.handle(appScheme, createAssetHandler(root));
}
