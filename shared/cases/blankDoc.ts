import type { RichText } from './caseSchema';

/* Apart from the schemas (./caseSchema.ts): the first screen reads and writes descriptions without them. */

export const emptyDoc: RichText = { type: 'doc', content: [{ type: 'paragraph' }] };

/** True for a document without text or other content: nothing worth a stored record. */
export function isBlankDoc(doc: RichText): boolean {
  const content = doc.content ?? [];
  if (content.length === 0) return true;
  if (content.length > 1) return false;
  const only = content[0] as { type?: unknown; content?: unknown[] };
  return only.type === 'paragraph' && (only.content ?? []).length === 0;
}
