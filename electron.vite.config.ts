import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const alias = { '@shared': here('shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: { outDir: here('out/main'), rollupOptions: { input: here('electron/main/index.ts') } },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: here('out/preload'),
      rollupOptions: { input: here('electron/preload/index.ts'), output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: here('out/renderer'),
      rollupOptions: { input: here('renderer/index.html') },
    },
  },
});
