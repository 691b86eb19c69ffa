import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `import … from '…'`, `import '…'`, `export … from '…'`; not `import type`, not `import('…')`. */
const statement = /^(?:import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
const onlyTypes = (names: string) => /^\{[^}]*\}$/.test(names) && names.slice(1, -1).split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));

function resolveSource(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@shared/') ? join(root, 'shared', specifier.slice('@shared/'.length)) : join(dirname(join(root, from)), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`].find((path) => existsSync(path) && !path.endsWith('/'));
  return found ? relative(root, found) : null;
}

/**
 * Every module the sources load before anything is imported on demand: the
 * project's files (paths from the repository root) and the packages and
 * virtual modules they name, following static imports that carry code.
 */
export function staticImports(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    if (!/\.tsx?$/.test(module)) return;
    for (const [, typeOnly, names = '', specifier] of readFileSync(join(root, module), 'utf8').matchAll(statement)) {
      if (typeOnly || onlyTypes(names.trim())) continue;
      const local = specifier!.startsWith('.') || specifier!.startsWith('@shared/');
      visit(local ? (resolveSource(module, specifier!) ?? specifier!) : specifier!);
    }
  };
  entries.forEach(visit);
  return seen;
}
