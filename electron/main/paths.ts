import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Resolved from this module's own location: electron-vite bundles the main
 * process into out/main/index.js, next to out/preload and out/renderer, both
 * inside the asar when packaged.
 */
const mainDir = dirname(fileURLToPath(import.meta.url));

export const preloadPath = join(mainDir, '../preload/index.cjs');
export const rendererDir = join(mainDir, '../renderer');
