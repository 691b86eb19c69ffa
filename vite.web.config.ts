import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/*
 * BERAAD_WEB_OUT lets parallel local test runs build and serve their own copy;
 * by default everything uses out/web.
 */
const outDir = process.env.BERAAD_WEB_OUT ?? here('out/web');

/** The renderer build, shared by the browser mode and the Electron build. */
export const rendererConfig: UserConfig = {
  root: here('renderer'),
  base: './',
  resolve: { alias: { '@shared': here('shared') } },
  build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
};

export default defineConfig(rendererConfig);
