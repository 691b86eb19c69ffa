import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Serves the built renderer (out/web, from `npm run build:web`) on loopback, on a free port. */
export async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = process.env.BERAAD_WEB_OUT ?? `${root}/out/web`;
  if (!existsSync(`${outDir}/index.html`)) throw new Error('out/web ontbreekt: draai eerst `npm run build:web`.');
  const server = await preview({
    configFile: `${root}/vite.web.config.ts`,
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no address');
  return { url, close: () => server.close() };
}
