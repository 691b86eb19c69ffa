import { z } from 'zod';
import { checkReferencePattern, defaultReferencePattern } from '../cases/reference';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const megabyte = 1024 * 1024;

export const settingsSchema = z.object({
  language: z.enum(languages),
  organisationName: z.string().trim().max(120, { error: 'validation.tooLong' }),
  referencePattern: z
    .string()
    .trim()
    .superRefine((pattern, ctx) => {
      const problem = checkReferencePattern(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: `validation.pattern.${problem}` });
    }),
  attachmentLimitMb: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.number' })
    .min(1, { error: 'validation.limitRange' })
    .max(500, { error: 'validation.limitRange' }),
});

export type Settings = z.output<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'nl',
  organisationName: 'Ethisch adviesorgaan',
  referencePattern: defaultReferencePattern,
  attachmentLimitMb: 50,
};

export const attachmentLimitBytes = (settings: Settings): number => settings.attachmentLimitMb * megabyte;
