import { defaultSettings } from '@shared/settings/defaultSettings';
import type { Settings } from '@shared/settings/settingsSchema';
import { trustedSettings } from '@shared/settings/storedSettings';
import { parseOrThrow } from '@shared/util/validation';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';

const key = 'app';

/** The schema loads when a save or an older record needs it: the first screen reads the settings without it. */
const loadSchema = () => import('@shared/settings/settingsSchema').then(({ settingsSchema }) => settingsSchema);

export function createSettingsRepository(db: BeraadDb) {
  return {
    /** Stored settings over the defaults; a stored value that no longer validates falls back to its default. */
    async get(): Promise<Settings> {
      const stored = (await db.settings.get(key))?.value;
      const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
      const trusted = trustedSettings(merged);
      if (trusted) return trusted;
      const parsed = (await loadSchema()).safeParse(merged);
      return parsed.success ? parsed.data : defaultSettings;
    },

    async save(settings: Settings): Promise<Settings> {
      const valid = parseOrThrow(await loadSchema(), settings);
      await db.settings.put({ key, value: valid, updatedAt: new Date().toISOString() });
      return valid;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
export const settingsRepositoryKey = serviceKey<SettingsRepository>('settings');
