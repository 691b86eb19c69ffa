import { posix } from 'node:path';

/** The page the app opens on; its code is a chunk of its own, loaded before the first screen can show. */
export const firstScreenPage = 'CaseListPage';

/** `import{a as b}from"./x.js"`, `import"./x.js"`, `import * as x from "./x.js"`: static imports only, never `import("…")`. */
const staticImport = /\bimport\s*(?:\{[^}]*\}\s*from\s*|\*\s*as\s+[\w$]+\s+from\s*|[\w$]+\s+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The built JavaScript files (paths relative to the build folder) the first
 * screen needs: the entry script of index.html, the first page's chunk, and
 * everything they import statically. Code loaded only on use is not in it.
 */
export function firstScreenFiles(indexHtml: string, files: ReadonlyMap<string, string>): string[] {
  const entries = [...indexHtml.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => posix.normalize(match[1]!));
  const page = [...files.keys()].filter((path) => posix.basename(path).startsWith(`${firstScreenPage}-`) && path.endsWith('.js'));
  const needed = new Set<string>();
  const visit = (path: string) => {
    if (needed.has(path)) return;
    const code = files.get(path);
    if (code === undefined) throw new Error(`${path} is imported but not in the build`);
    needed.add(path);
    for (const match of code.matchAll(staticImport)) visit(posix.join(posix.dirname(path), match[1]!));
  };
  [...entries, ...page].forEach(visit);
  return [...needed].sort();
}
