import { defaultSettings, settingsSchema, type Settings } from '@shared/settings/settingsSchema';
import { parseOrThrow } from '@shared/util/validation';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';

const key = 'app';

export function createSettingsRepository(db: BeraadDb) {
  return {
    /** Stored settings over the defaults; a stored value that no longer validates falls back to its default. */
    async get(): Promise<Settings> {
      const stored = (await db.settings.get(key))?.value;
      const merged = { ...defaultSettings, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
      const parsed = settingsSchema.safeParse(merged);
      return parsed.success ? parsed.data : defaultSettings;
    },

    async save(settings: Settings): Promise<Settings> {
      const valid = parseOrThrow(settingsSchema, settings);
      await db.settings.put({ key, value: valid, updatedAt: new Date().toISOString() });
      return valid;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
export const settingsRepositoryKey = serviceKey<SettingsRepository>('settings');
