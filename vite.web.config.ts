import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/*
 * BERAAD_WEB_OUT lets parallel local test runs build and serve their own copy;
 * by default everything uses out/web.
 */
const outDir = process.env.BERAAD_WEB_OUT ?? here('out/web');

/**
 * Writes the policy into index.html from its one source, first in <head> so
 * it covers everything after it. The development server's page carries the
 * same policy as every build: its hot-reload socket is on this computer, which
 * the policy already allows for the board server.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'beraad:content-security-policy',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The renderer build, shared by the browser mode and the Electron build. */
export const rendererConfig: UserConfig = {
  root: here('renderer'),
  base: './',
  plugins: [contentSecurityPolicyMeta()],
  resolve: { alias: { '@shared': here('shared') } },
  build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
};

export default defineConfig(rendererConfig);
