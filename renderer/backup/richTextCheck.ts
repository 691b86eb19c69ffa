import { getSchema } from '@tiptap/core';
import { Node, type Schema } from '@tiptap/pm/model';
import type { RichTextPreset } from '@shared/backup/tables';
import { checkRichText } from '../components/richText/checkContent';
import { richTextExtensions } from '../components/richTextExtensions';

const schemas = new Map<RichTextPreset, Schema>();
const schemaFor = (preset: RichTextPreset): Schema => {
  if (!schemas.has(preset)) schemas.set(preset, getSchema(richTextExtensions(preset)));
  return schemas.get(preset)!;
};

const isEmpty = (value: unknown) =>
  value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && Object.keys(value as object).length === 0);

/** A key of the stored JSON that ProseMirror dropped when reading it: an attribute or field the editor does not know. */
function unknownKey(input: unknown, known: unknown): boolean {
  if (Array.isArray(input)) return input.some((item, i) => unknownKey(item, Array.isArray(known) ? known[i] : undefined));
  if (typeof input !== 'object' || input === null) return false;
  const other = (typeof known === 'object' && known !== null ? known : {}) as Record<string, unknown>;
  return Object.entries(input).some(([key, value]) => (Object.hasOwn(other, key) ? unknownKey(value, other[key]) : !isEmpty(value)));
}

/** `{ type: 'doc', content: [] }`: the app stores and shows it as empty, although the editor's schema wants a paragraph. */
const isBlank = (doc: unknown): boolean =>
  typeof doc === 'object' &&
  doc !== null &&
  Object.entries(doc).every(([key, value]) => (key === 'type' && value === 'doc') || (key === 'content' && Array.isArray(value) && value.length === 0));

/**
 * What the editor would accept on load, and nothing more. The editor's own
 * check drops attributes it does not know (an `onclick` on a paragraph) without
 * complaint; an import must refuse them, so the stored JSON is compared with
 * what ProseMirror makes of it. Links must be https, as in checkRichText.
 */
export function fitsEditor(doc: unknown, preset: RichTextPreset): boolean {
  if (isBlank(doc)) return true;
  if (!checkRichText(doc, preset).ok) return false;
  return !unknownKey(doc, Node.fromJSON(schemaFor(preset), doc).toJSON());
}
