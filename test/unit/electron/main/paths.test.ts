import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../../electron.vite.config';
import { preloadPath, rendererDir } from '../../../../electron/main/paths';

type BuildConfig = {
  main: { build: { outDir: string } };
  preload: { build: { outDir: string; rollupOptions: { output: { entryFileNames: string } } } };
  renderer: { build: { outDir: string } };
};

/*
 * paths.ts finds the preload and the renderer relative to the main bundle;
 * electron.vite.config.ts decides where they land. This keeps the two in step.
 */
describe('runtime paths', () => {
  const { main, preload, renderer } = config as BuildConfig;
  // Under test, paths.ts runs from its source folder, which stands in for out/main.
  const mainDir = fileURLToPath(new URL('../../../../electron/main', import.meta.url));

  it('find the preload where electron-vite writes it, seen from the main bundle', () => {
    const preloadFile = join(preload.build.outDir, preload.build.rollupOptions.output.entryFileNames.replace('[name]', 'index'));
    expect(relative(mainDir, preloadPath)).toBe(relative(main.build.outDir, preloadFile));
  });

  it('find the renderer where electron-vite writes it, seen from the main bundle', () => {
    expect(relative(mainDir, rendererDir)).toBe(relative(main.build.outDir, renderer.build.outDir));
  });
});
