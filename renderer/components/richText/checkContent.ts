import { getSchema } from '@tiptap/core';
import { Node, type Schema } from '@tiptap/pm/model';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { richTextExtensions, type RichTextPreset } from '../richTextExtensions';

export type RichTextCheck = { ok: true } | { ok: false; reason: string };

const schemas = new Map<RichTextPreset, Schema>();

function schemaFor(preset: RichTextPreset): Schema {
  let schema = schemas.get(preset);
  if (!schema) {
    schema = getSchema(richTextExtensions(preset));
    schemas.set(preset, schema);
  }
  return schema;
}

/**
 * Whether a stored or imported document fits a preset's schema: the check the
 * editor runs on load (`enableContentCheck`), without an editor or a DOM.
 * It is stricter on one point: a link must point where the app would go
 * (https). The editor merely renders such a link without its address; an
 * import should refuse it. Reasons are for logs and tests, not for users.
 */
export function checkRichText(doc: unknown, preset: RichTextPreset): RichTextCheck {
  const schema = schemaFor(preset);
  let node: Node;
  try {
    node = Node.fromJSON(schema, doc);
    node.check();
  } catch (error) {
    // Also catches the stack overflow a pathologically deep document causes.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (node.type !== schema.topNodeType) return { ok: false, reason: `Top node is ${node.type.name}, not ${schema.topNodeType.name}` };
  const badLink = disallowedLink(node);
  return badLink === null ? { ok: true } : { ok: false, reason: `Link to a disallowed address: ${badLink}` };
}

function disallowedLink(doc: Node): string | null {
  let found: string | null = null;
  doc.descendants((child) => {
    const link = child.marks.find((mark) => mark.type.name === 'link');
    const href: unknown = link?.attrs.href;
    if (link && (typeof href !== 'string' || parseExternalUrl(href) === null)) found ??= String(href);
    return found === null;
  });
  return found;
}
