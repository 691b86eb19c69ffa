import { z } from 'zod';

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

export const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0<>:"|?*]/.test(name) && name !== '.' && name !== '..', {
    error: 'validation.fileName',
  });

export const attachmentMetaSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  name: fileNameSchema,
  type: z.string().min(1).max(120),
  size: z.number().int().nonnegative(),
  addedAt: z.iso.datetime(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export type AttachmentRefusal = { reason: 'type' } | { reason: 'size'; limitMb: number } | { reason: 'empty' };

export function checkAttachment(file: { name: string; size: number }, limitBytes: number): AttachmentRefusal | null {
  if (attachmentMimeType(file.name) === null) return { reason: 'type' };
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > limitBytes) return { reason: 'size', limitMb: Math.round(limitBytes / 1024 / 1024) };
  return null;
}
