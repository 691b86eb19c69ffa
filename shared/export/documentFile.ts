import { z } from 'zod';
import { fileNameSchema } from '../cases/attachments';

/** A period report of hundreds of advices is a few MB; anything far beyond that is not a document of ours. */
export const maxDocumentBytes = 50 * 1024 * 1024;

export const documentExtension = '.docx';

/** What the app saves as a document, each a ZIP package, with the name a save dialog shows for it. */
export const documentKinds = {
  '.docx': 'Word-document',
  '.odt': 'OpenDocument-tekst',
  '.zip': 'Publicatiepakket (zip)',
} as const;
export type DocumentExtension = keyof typeof documentKinds;

export function extensionOf(name: string): DocumentExtension | null {
  const lower = name.toLowerCase();
  return (Object.keys(documentKinds) as DocumentExtension[]).find((extension) => lower.endsWith(extension) && lower.length > extension.length) ?? null;
}

export const documentNameSchema = fileNameSchema.refine((name) => extensionOf(name) !== null, {
  error: 'validation.fileName',
});

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

/** The bytes of a .docx, .odt or package: a ZIP package (it starts with "PK\3\4") of reasonable size. */
export const documentBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= maxDocumentBytes, { error: 'too_large' })
  .refine((bytes) => zipSignature.every((byte, i) => bytes[i] === byte), { error: 'not_a_docx' });

export const saveDocumentRequest = z.strictObject({ suggestedName: documentNameSchema, bytes: documentBytesSchema });
export const saveDocumentResponse = z.object({ saved: z.boolean() });

/** "advies-EA-2026-007-openbaar.docx": only characters every file system accepts. */
export function documentFileName(...parts: string[]): string {
  return documentFileNameAs(documentExtension, ...parts);
}

/** The same name with another kind's extension: "publicatiepakket-EA-2026-007.zip". */
export function documentFileNameAs(extension: DocumentExtension, ...parts: string[]): string {
  return `${fileStem(...parts)}${extension}`;
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
