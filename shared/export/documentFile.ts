import { z } from 'zod';
import { fileNameSchema } from '../cases/attachmentSchema';

/** A period report of hundreds of advices is a few MB; anything far beyond that is not a document of ours. */
export const maxDocumentBytes = 50 * 1024 * 1024;

/** A ZIP package starts with "PK\3\4": a .docx, an .odt and the publication package are all one. */
const zipSignature = [0x50, 0x4b, 0x03, 0x04] as const;

/** The formats the app writes documents in: what a file of each is called, what its bytes start with, and its name in a save dialog. */
export const documentFormats = {
  docx: { extension: '.docx', signature: zipSignature, filterName: 'Word-document' },
  /** "%PDF-". */
  pdf: { extension: '.pdf', signature: [0x25, 0x50, 0x44, 0x46, 0x2d], filterName: 'PDF-document' },
  odt: { extension: '.odt', signature: zipSignature, filterName: 'OpenDocument-tekst' },
  zip: { extension: '.zip', signature: zipSignature, filterName: 'Publicatiepakket (zip)' },
  /** A spreadsheet as Dutch Excel opens it with a double click: UTF-8 with its byte order mark. */
  csv: { extension: '.csv', signature: [0xef, 0xbb, 0xbf], filterName: 'CSV-bestand (Excel)' },
  /** A screening template: a JSON object, so "{". */
  json: { extension: '.json', signature: [0x7b], filterName: 'JSON-bestand' },
} as const;
export type DocumentFormat = keyof typeof documentFormats;

/** The format a file name says it is in, or null for a name of no document format. */
export function formatOfName(name: string): DocumentFormat | null {
  const lower = name.toLowerCase();
  const found = (Object.keys(documentFormats) as DocumentFormat[]).find((format) => lower.endsWith(documentFormats[format].extension));
  return found && name.length > documentFormats[found].extension.length ? found : null;
}

export const documentNameSchema = fileNameSchema.refine((name) => formatOfName(name) !== null, { error: 'validation.fileName' });

export const documentBytesSchema = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxDocumentBytes, { error: 'too_large' });

/** Whether the bytes are UTF-8 text that parses as JSON: a "{" alone says little about a text format. */
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/**
 * A document of reasonable size whose bytes are what its name says: a .docx,
 * .odt or .zip a ZIP package, a .pdf a PDF, a .csv UTF-8 text with its
 * byte order mark, a .json a JSON object.
 */
export const saveDocumentRequest = z.strictObject({ suggestedName: documentNameSchema, bytes: documentBytesSchema }).refine(
  ({ suggestedName, bytes }) => {
    const format = formatOfName(suggestedName);
    if (format === null || !documentFormats[format].signature.every((byte, i) => bytes[i] === byte)) return false;
    return format !== 'json' || isJson(bytes);
  },
  { error: 'not_the_named_format', path: ['bytes'] },
);
export const saveDocumentResponse = z.object({ saved: z.boolean() });

/** "advies-EA-2026-007-openbaar.docx": only characters every file system accepts. */
export function documentFileName(...parts: string[]): string {
  return documentFileNameAs('docx', ...parts);
}

/** The same kind of name in another format: "publicatiepakket-EA-2026-007.zip". */
export function documentFileNameAs(format: DocumentFormat, ...parts: string[]): string {
  return `${fileStem(...parts)}${documentFormats[format].extension}`;
}

/** The parts joined with only characters every file system accepts, for a name of any kind. */
export function fileStem(...parts: string[]): string {
  const stem = parts
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
  return stem || 'document';
}

/** The name of the same document in another format: "advies-EA-2026-007-openbaar.pdf" beside its .docx. */
export function inFormat(name: string, format: DocumentFormat): string {
  const current = formatOfName(name);
  const stem = current ? name.slice(0, -documentFormats[current].extension.length) : name;
  return `${stem}${documentFormats[format].extension}`;
}
