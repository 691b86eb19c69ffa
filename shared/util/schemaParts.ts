import { z } from 'zod';

/* Field shapes every schema uses; messages are locale keys (see renderer/i18n). */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

export const isoDateSchema = z.iso.date({ error: 'validation.date' });
export const timestampSchema = z.iso.datetime();
