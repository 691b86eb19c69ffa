import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type InlineConfig } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { dutchStrings } from '../../../vite.web.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds the editor harness (./harness) with the renderer's settings and
 * serves it on loopback for the test file: the real component in a real
 * Chromium, without an app page that happens to use it.
 */
export function useEditorHarness() {
  const outDir = mkdtempSync(join(tmpdir(), 'beraad-editor-harness-'));
  const config: InlineConfig = {
    configFile: false,
    root: here('./harness'),
    base: './',
    logLevel: 'silent',
    plugins: [dutchStrings()],
    resolve: { alias: { '@shared': here('../../../shared') } },
    build: { outDir, emptyOutDir: true, target: 'chrome130' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  };
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  beforeAll(async () => {
    await build(config);
    server = await preview(config);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });
  return {
    url(preset: 'notes' | 'description' = 'notes'): string {
      const base = server?.resolvedUrls?.local[0];
      if (!base) throw new Error('editor harness is not being served');
      return `${base}?preset=${preset}`;
    },
  };
}
