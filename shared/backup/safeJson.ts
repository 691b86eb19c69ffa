import type { Checked } from './refusal';
import { refuse } from './refusal';

/** Keys that, copied onto an object later, could reach a prototype. Never part of our data. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const decoder = new TextDecoder('utf-8', { fatal: true });

const tooDeep = Symbol('tooDeep');

/**
 * The first prototype key in `node` or below it, or `tooDeep` where it nests
 * past `maxDepth`. It never recurses past the limit, so the stack stays as
 * shallow as the limit, whatever the file; and it allocates nothing per node,
 * which a stack of pending nodes did for every object of a backup.
 */
function findProblem(node: object, depth: number, maxDepth: number): string | typeof tooDeep | null {
  if (depth > maxDepth) return tooDeep;
  if (Array.isArray(node)) {
    for (const item of node as unknown[]) {
      const found = typeof item === 'object' && item !== null ? findProblem(item, depth + 1, maxDepth) : null;
      if (found !== null) return found;
    }
    return null;
  }
  for (const key in node) {
    if (forbiddenKeys.has(key)) return key;
    const child = (node as Record<string, unknown>)[key];
    const found = typeof child === 'object' && child !== null ? findProblem(child, depth + 1, maxDepth) : null;
    if (found !== null) return found;
  }
  return null;
}

/**
 * Parses one JSON entry and checks all of it before anyone else looks inside:
 * valid UTF-8, nesting within `maxDepth`, no prototype keys. The size was
 * bounded before inflating. JSON.parse itself does not recurse on the stack,
 * so the walk after it is where depth is enforced.
 */
export function parseJsonEntry(entry: string, bytes: Uint8Array, maxDepth: number): Checked<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    return refuse({ code: 'jsonInvalid', entry });
  }
  const problem = typeof value === 'object' && value !== null ? findProblem(value, 1, maxDepth) : null;
  if (problem === tooDeep) return refuse({ code: 'jsonTooDeep', entry, limit: maxDepth });
  if (problem !== null) return refuse({ code: 'forbiddenKey', entry, key: problem });
  return { ok: true, value };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path to the first key of `input` that `output` lacks, innermost first; built only when one is found. */
function droppedPath(input: unknown, output: unknown): (string | number)[] | null {
  if (input === output) return null;
  if (Array.isArray(input) && Array.isArray(output)) {
    const length = Math.min(input.length, output.length);
    for (let i = 0; i < length; i++) {
      const found = droppedPath(input[i], output[i]);
      if (found !== null) return [...found, i];
    }
    return null;
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(output, key)) return [key];
      const found = droppedPath(input[key], output[key]);
      if (found !== null) return [...found, key];
    }
  }
  return null;
}

/**
 * The first key of `input` that schema parsing dropped: a field the schema
 * does not know. zod strips such keys silently; a backup must not, since a
 * field we do not know is data we would lose or a file not made by us.
 */
export function droppedKey(input: unknown, output: unknown): string | null {
  return droppedPath(input, output)?.reverse().join('.') ?? null;
}
