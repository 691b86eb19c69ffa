import { z } from 'zod';
import { storedBackupSettingsSchema } from '../backup/backupSettings';
import { contentLimits } from '../backup/limits';
import { checkReferencePattern } from '../cases/reference';
import { defaultHouseStyle } from '../export/defaultHouseStyle';
import { storedHouseStyleSchema } from '../export/houseStyle';
import { domainNameSchema } from './domainName';
import { languages, publicNamings } from './defaultSettings';
import { municipalitySchema } from './municipalitySchema';

export const settingsSchema = z.object({
  language: z.enum(languages),
  organisationName: z.string().trim().max(120, { error: 'validation.tooLong' }),
  /** Publisher and responsible organisation of every published advice; asked for on first start. */
  municipality: municipalitySchema,
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
    .max(contentLimits.maxAttachmentMb, { error: 'validation.limitRange' }),
  /** Who works on this machine; named in the audit trail of advices. */
  userName: z.string().trim().max(120, { error: 'validation.tooLong' }),
  /** Weeks after issue within which the process owner's conclusion is expected. */
  conclusionTermWeeks: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.number' })
    .min(1, { error: 'validation.termRange' })
    .max(52, { error: 'validation.termRange' }),
  /** Public versions name people by role (AVG) unless the organisation decided otherwise. */
  publicNaming: z.enum(publicNamings),
  /** Domains whose links keep their address in public documents, besides the municipality's own (see linkDomains). */
  publicLinkDomains: z.array(domainNameSchema).max(100, { error: 'validation.tooMany' }),
  /** How exported Word documents look; a stored style that no longer validates is repaired field by field. */
  houseStyle: storedHouseStyleSchema,
  /** Automatic backups, retention and the reminder (renderer/backup). */
  backup: storedBackupSettingsSchema,
});

export type Settings = z.output<typeof settingsSchema>;

/**
 * The letterhead names the municipality once it is known, unless someone
 * already chose its words on the house-style page: a first start would
 * otherwise print the bare default "Gemeente" above every document.
 */
export function withMunicipalityLetterhead(settings: Settings): Settings {
  const name = settings.municipality.name.trim();
  if (name === '' || settings.houseStyle.organisationName !== defaultHouseStyle.organisationName) return settings;
  return { ...settings, houseStyle: { ...settings.houseStyle, organisationName: name } };
}

/** Every domain a link in a public document may keep its address to: the municipality's own, once known, and the list. */
export const allowedLinkDomains = ({ municipality, publicLinkDomains }: Pick<Settings, 'municipality' | 'publicLinkDomains'>): string[] => [
  ...new Set([municipality.domain, ...publicLinkDomains].filter((domain) => domain !== '')),
];
