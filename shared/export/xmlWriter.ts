import { xmlSafe } from './richTextInline';

declare const serialised: unique symbol;
/** Markup made by this writer. Plain strings only get in through `text`, so nothing reaches a file unescaped. */
export type Xml = string & { readonly [serialised]: true };

export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 forbids are dropped (a pasted control character would make the whole file unreadable). */
export const escapeXml = (value: string): string => xmlSafe(value).replace(/[<>&"']/g, (c) => entities[c]!);

/** Character data: escaped, so a "<" in an advice stays a "<". */
export const text = (value: string): Xml => escapeXml(value) as Xml;

/** Attributes without a value (null or undefined) are left out rather than written empty. */
function attributeList(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** One element; without children it closes itself. */
export function element(name: string, attributes: XmlAttributes = {}, ...children: readonly Xml[]): Xml {
  const open = `<${name}${attributeList(attributes)}`;
  return (children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`) as Xml;
}

/** Siblings written one after another, for a list built in a loop. */
export const fragment = (children: readonly Xml[]): Xml => children.join('') as Xml;

/** A complete document with its declaration. */
export const xmlDocument = (root: Xml): string => `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
