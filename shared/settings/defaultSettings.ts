import { defaultBackupSettings } from '../backup/defaultBackupSettings';
import { contentLimits } from '../backup/limits';
import { defaultReferencePattern } from '../cases/reference';
import { defaultHouseStyle } from '../export/defaultHouseStyle';
import { governmentDomains } from '../publication/linkDomains';
import { unsetMunicipality } from './municipality';
import type { Settings } from './settingsSchema';

/*
 * Apart from the schema (./settingsSchema.ts): the app starts on these and the
 * stored settings (./storedSettings.ts), and its first screen does not load
 * the schema library.
 */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Public versions name people by role (AVG) or by name. */
export const publicNamings = ['role', 'name'] as const;

export const defaultSettings: Settings = {
  language: 'nl',
  organisationName: 'Ethisch adviesorgaan',
  municipality: unsetMunicipality,
  referencePattern: defaultReferencePattern,
  attachmentLimitMb: contentLimits.defaultAttachmentMb,
  userName: '',
  conclusionTermWeeks: 6,
  publicNaming: 'role',
  publicLinkDomains: [...governmentDomains],
  houseStyle: defaultHouseStyle,
  backup: defaultBackupSettings,
};
