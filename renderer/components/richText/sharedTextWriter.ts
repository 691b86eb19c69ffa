import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { RichText } from '@shared/cases/caseSchema';
import type { SharedTextTable } from '@shared/sync/sharedTextNames';
import { richTextExtensions, type RichTextPreset } from '../richTextExtensions';

const schemas = new Map<RichTextPreset, Schema>();

/** The document model of an editor preset, built once: a shared text holds what it allows. */
export function presetSchema(preset: RichTextPreset): Schema {
  let schema = schemas.get(preset);
  if (!schema) schemas.set(preset, (schema = getSchema(richTextExtensions(preset))));
  return schema;
}

/** The editor each table's shared texts are typed in. */
export const presetOf = (table: SharedTextTable): RichTextPreset => (table === 'notes' ? 'notes' : 'description');

/**
 * Puts a text into a shared text in place of what it held; null empties it,
 * so the record's field is the text again. Called inside the caller's
 * transaction, so every open editor follows it as one change.
 */
export function writeFragment(fragment: Y.XmlFragment, preset: RichTextPreset, value: RichText | null): void {
  fragment.delete(0, fragment.length);
  if (value) prosemirrorJSONToYXmlFragment(presetSchema(preset), value, fragment);
}
