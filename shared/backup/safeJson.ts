import type { Checked } from './refusal';
import { refuse } from './refusal';

/** Keys that, copied onto an object later, could reach a prototype. Never part of our data. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses one JSON entry and checks all of it before anyone else looks inside:
 * valid UTF-8, nesting within `maxDepth`, no prototype keys. The size was
 * bounded before inflating. JSON.parse itself does not recurse on the stack,
 * so the walk after it (iterative too) is where depth is enforced.
 */
export function parseJsonEntry(entry: string, bytes: Uint8Array, maxDepth: number): Checked<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    return refuse({ code: 'jsonInvalid', entry });
  }
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) return refuse({ code: 'jsonTooDeep', entry, limit: maxDepth });
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    for (const key in node) {
      if (forbiddenKeys.has(key)) return refuse({ code: 'forbiddenKey', entry, key });
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return { ok: true, value };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first key of `input` that schema parsing dropped: a field the schema
 * does not know. zod strips such keys silently; a backup must not, since a
 * field we do not know is data we would lose or a file not made by us.
 */
export function droppedKey(input: unknown, output: unknown, path: readonly (string | number)[] = []): string | null {
  if (input === output) return null;
  if (Array.isArray(input) && Array.isArray(output)) {
    const length = Math.min(input.length, output.length);
    for (let i = 0; i < length; i++) {
      const found = droppedKey(input[i], output[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(output, key)) return [...path, key].join('.');
      const found = droppedKey(input[key], output[key], [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
