import { hasShapeOf } from '../util/hasShapeOf';
import { defaultSettings, languages, publicNamings } from './defaultSettings';
import type { Settings } from './settingsSchema';

/**
 * The stored settings (over the defaults) as they are, when the schema need
 * not look at them: they passed it when they were saved, so it is enough that
 * they have the defaults' shape (no field added or changed since) and name a
 * language and a way of naming this version knows. Null sends them through
 * the schema, which repairs what an older or newer version stored.
 */
export function trustedSettings(merged: Record<string, unknown>): Settings | null {
  if (!hasShapeOf(merged, defaultSettings)) return null;
  const settings = merged as Settings;
  return languages.includes(settings.language) && publicNamings.includes(settings.publicNaming) ? settings : null;
}
