/*
 * Only document and raster-image types. SVG and HTML are excluded on purpose:
 * opened from a blob URL they would run script in the app's own origin.
 */
export const attachmentTypes = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;

export type AttachmentExtension = keyof typeof attachmentTypes;

export function attachmentMimeType(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(attachmentTypes, extension) ? attachmentTypes[extension as AttachmentExtension] : null;
}

export type AttachmentRefusal = { reason: 'type' } | { reason: 'size'; limitMb: number } | { reason: 'empty' };

export function checkAttachment(file: { name: string; size: number }, limitBytes: number): AttachmentRefusal | null {
  if (attachmentMimeType(file.name) === null) return { reason: 'type' };
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > limitBytes) return { reason: 'size', limitMb: Math.round(limitBytes / 1024 / 1024) };
  return null;
}
