import { strToU8, zipSync, type Zippable } from 'fflate';
import { documentLanguage } from '../documentStyles';
import type { DocumentMeta } from '../docxPackage';
import type { HouseStyle, Logo } from '../houseStyle';
import { element, text, xmlDocument, type Xml } from '../xmlWriter';
import { stylesXml, type OdtLogo } from './odtStyles';
import { odfNamespaces, odfVersion, type OdtWriter } from './odtWriter';

export const odtMediaType = 'application/vnd.oasis.opendocument.text';

export interface OdtParts {
  meta: DocumentMeta;
  style: HouseStyle;
  writer: OdtWriter;
  body: readonly Xml[];
}

/** Seconds are enough for document metadata; ODF readers choke on nothing less than xs:dateTime. */
const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** meta.xml: the same properties the Word file carries, the custom ones as user-defined fields. */
function metaXml(meta: DocumentMeta): string {
  const optional = (name: string, value: string) => (value ? [element(name, {}, text(value))] : []);
  const body = element(
    'office:meta',
    {},
    element('meta:generator', {}, text('Beraad')),
    ...optional('dc:title', meta.title),
    ...optional('dc:subject', meta.subject),
    ...optional('dc:description', meta.description),
    ...meta.keywords.filter(Boolean).map((keyword) => element('meta:keyword', {}, text(keyword))),
    element('dc:language', {}, text(documentLanguage)),
    ...optional('meta:initial-creator', meta.creator),
    ...optional('dc:creator', meta.creator),
    element('meta:creation-date', {}, text(stamp(meta.createdAt))),
    element('dc:date', {}, text(stamp(meta.createdAt))),
    ...Object.entries(meta.custom)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => element('meta:user-defined', { 'meta:name': name, 'meta:value-type': 'string' }, text(value))),
  );
  return xmlDocument(element('office:document-meta', { ...odfNamespaces, 'office:version': odfVersion }, body));
}

function manifestXml(logo: OdtLogo | null, logoType: string | null): string {
  const entry = (path: string, type: string, extra = {}) => element('manifest:file-entry', { 'manifest:full-path': path, 'manifest:media-type': type, ...extra });
  return xmlDocument(
    element(
      'manifest:manifest',
      { 'xmlns:manifest': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0', 'manifest:version': odfVersion },
      entry('/', odtMediaType, { 'manifest:version': odfVersion }),
      entry('content.xml', 'text/xml'),
      entry('styles.xml', 'text/xml'),
      entry('meta.xml', 'text/xml'),
      ...(logo && logoType ? [entry(logo.path, logoType)] : []),
    ),
  );
}

function contentXml(writer: OdtWriter, body: readonly Xml[]): string {
  const office = element('office:text', {}, ...(body.length ? body : [element('text:p', { 'text:style-name': 'Text_20_body' })]));
  return xmlDocument(
    element(
      'office:document-content',
      { ...odfNamespaces, 'office:version': odfVersion },
      element('office:automatic-styles', {}, writer.automaticStyles()),
      element('office:body', {}, office),
    ),
  );
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The logo at letterhead height (1.5 cm), never wider than a third of the text width, in its own proportions. */
function logoOf(logo: Logo): OdtLogo {
  const scale = Math.min(1.5 / logo.heightPx, 5.3 / logo.widthPx);
  return { path: `Pictures/logo.${logo.mimeType === 'image/png' ? 'png' : 'jpg'}`, widthCm: logo.widthPx * scale, heightCm: logo.heightPx * scale, alt: logo.alt };
}

/**
 * The .odt bytes (ODF 1.3). The mimetype comes first and uncompressed, so a
 * reader identifies the file from its first bytes, as the standard requires.
 */
export function packOdt({ meta, style, writer, body }: OdtParts): Uint8Array<ArrayBuffer> {
  const logo = style.logo ? logoOf(style.logo) : null;
  const content = contentXml(writer, body);
  const files: Zippable = {
    mimetype: [strToU8(odtMediaType), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(style, meta.reference, logo)),
    'meta.xml': strToU8(metaXml(meta)),
    ...(logo && style.logo ? { [logo.path]: [decodeBase64(style.logo.base64), { level: 0 }] } : {}),
    'META-INF/manifest.xml': strToU8(manifestXml(logo, style.logo?.mimeType ?? null)),
  };
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

