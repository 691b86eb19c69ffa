import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/settings/defaultSettings';
import { settingsSchema } from '@shared/settings/settingsSchema';
import { trustedSettings } from '@shared/settings/storedSettings';

const saved = settingsSchema.parse({
  ...defaultSettings,
  language: 'en',
  municipality: { name: 'Gemeente Utrecht', code: '0344', domain: 'utrecht.nl' },
  publicNaming: 'name',
  publicLinkDomains: [],
  houseStyle: { ...defaultSettings.houseStyle, logo: 'data:image/png;base64,iVBORw0KGgo=' },
  backup: { ...defaultSettings.backup, auto: false },
});

describe('settings read at the start', () => {
  it('takes settings this version saved as they are, without the schema', () => {
    expect(trustedSettings({ ...defaultSettings })).toEqual(defaultSettings);
    expect(trustedSettings({ ...saved })).toEqual(saved);
    // A field older settings lack is the default's, read over them as the repository does.
    const { municipality: _older, ...beforeMunicipality } = saved;
    expect(trustedSettings({ ...defaultSettings, ...beforeMunicipality })).toEqual(settingsSchema.parse({ ...defaultSettings, ...beforeMunicipality }));
  });

  it('sends settings of another shape or with an unknown choice through the schema, which repairs them', () => {
    const others: Record<string, unknown>[] = [
      { ...saved, municipality: { name: 'Gemeente Utrecht', code: '0344' } },
      { ...saved, houseStyle: { ...saved.houseStyle, font: 12 } },
      { ...saved, backup: 'aan' },
      { ...saved, publicLinkDomains: [1] },
      { ...saved, language: 'fr' },
      { ...saved, publicNaming: 'initials' },
      { ...saved, newerSetting: true },
    ];
    const sent = others.filter((stored) => trustedSettings(stored) === null);
    expect(sent).toEqual(others);
  });
});
