import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A script built from `entry` (a path under test/bench/page) to run inside the
 * app's page, on the app's own modules: evaluated there, it sets `window.<name>`.
 */
export async function buildPageBundle(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@shared': `${root}/shared` } },
    build: { write: false, lib: { entry: `${root}/test/bench/page/${entry}`, formats: ['iife'], name }, minify: false },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  return chunk.output[0]!.code!;
}
