import { getSchema } from '@tiptap/core';
import { Node, type Schema } from '@tiptap/pm/model';
import type { RichTextPreset } from '@shared/backup/tables';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { richTextExtensions } from '../components/richTextExtensions';

const schemas = new Map<RichTextPreset, Schema>();
const schemaFor = (preset: RichTextPreset): Schema => {
  if (!schemas.has(preset)) schemas.set(preset, getSchema(richTextExtensions(preset)));
  return schemas.get(preset)!;
};

/** null, [] or {}: a key ProseMirror leaves out of its JSON when it has nothing to say there. */
function isEmpty(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/**
 * A key of the stored JSON that ProseMirror dropped when reading it: an
 * attribute or field the editor does not know. Walked in place, without a
 * list of entries per object: a restore runs this over every document.
 */
function unknownKey(input: unknown, known: unknown): boolean {
  if (input === known || typeof input !== 'object' || input === null) return false;
  if (Array.isArray(input)) {
    const other: unknown[] = Array.isArray(known) ? known : [];
    for (let index = 0; index < input.length; index++) if (unknownKey(input[index], other[index])) return true;
    return false;
  }
  const other = (typeof known === 'object' && known !== null ? known : {}) as Record<string, unknown>;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const value = (input as Record<string, unknown>)[key];
    if (Object.hasOwn(other, key) ? unknownKey(value, other[key]) : !isEmpty(value)) return true;
  }
  return false;
}

/** `{ type: 'doc', content: [] }`: the app stores and shows it as empty, although the editor's schema wants a paragraph. */
const isBlank = (doc: unknown): boolean =>
  typeof doc === 'object' &&
  doc !== null &&
  Object.entries(doc).every(([key, value]) => (key === 'type' && value === 'doc') || (key === 'content' && Array.isArray(value) && value.length === 0));

function hasDisallowedLink(doc: Node): boolean {
  let found = false;
  doc.descendants((child) => {
    const link = child.marks.find((mark) => mark.type.name === 'link');
    const href: unknown = link?.attrs.href;
    if (link && (typeof href !== 'string' || parseExternalUrl(href) === null)) found = true;
    return !found;
  });
  return found;
}

/**
 * What the editor would accept on load, and nothing more: the check of
 * components/richText/checkContent (schema, top node, https-only links) in
 * one pass, plus one the editor does not make. ProseMirror drops attributes it
 * does not know (an `onclick` on a paragraph) without complaint; an import
 * must refuse them, so the stored JSON is compared with what ProseMirror
 * makes of it. A unit test keeps this in step with checkRichText.
 */
export function fitsEditor(doc: unknown, preset: RichTextPreset): boolean {
  if (isBlank(doc)) return true;
  const schema = schemaFor(preset);
  let node: Node;
  try {
    node = Node.fromJSON(schema, doc);
    node.check();
  } catch {
    // Also the stack overflow of a pathologically deep document.
    return false;
  }
  return node.type === schema.topNodeType && !hasDisallowedLink(node) && !unknownKey(doc, node.toJSON());
}
