import { z } from 'zod';

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
