import { describe, expect, it } from 'vitest';
import { createSettingsRepository } from '../../../../renderer/settings/settingsRepository';
import { governmentDomains } from '@shared/publication/linkDomains';
import { defaultSettings } from '@shared/settings/defaultSettings';
import { allowedLinkDomains } from '@shared/settings/settingsSchema';
import { ValidationError } from '@shared/util/validation';
import { testDatabase } from '../db/testDatabase';

describe('settings repository', () => {
  it('starts from the defaults and keeps what was saved', async () => {
    const repo = createSettingsRepository(testDatabase());
    expect(await repo.get()).toEqual(defaultSettings);
    await repo.save({ ...defaultSettings, language: 'en', attachmentLimitMb: 20 });
    expect(await repo.get()).toMatchObject({ language: 'en', attachmentLimitMb: 20 });
  });

  it('refuses a pattern without a sequence number and keeps the old settings', async () => {
    const repo = createSettingsRepository(testDatabase());
    await expect(repo.save({ ...defaultSettings, referencePattern: 'EA-{jjjj}' })).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.get()).toEqual(defaultSettings);
  });

  it('falls back to defaults for stored settings that no longer validate', async () => {
    const db = testDatabase();
    await db.settings.put({ key: 'app', value: { language: 'fr' }, updatedAt: '' });
    expect(await createSettingsRepository(db).get()).toEqual(defaultSettings);
  });
});

describe('settings: the municipality', () => {
  it('settings saved before the municipality existed keep everything and ask for it', async () => {
    const db = testDatabase();
    const { municipality: _left, ...older } = { ...defaultSettings, organisationName: 'Adviesraad Ethiek', conclusionTermWeeks: 8 };
    await db.settings.put({ key: 'app', value: older, updatedAt: '' });
    const read = await createSettingsRepository(db).get();
    expect(read).toMatchObject({ organisationName: 'Adviesraad Ethiek', conclusionTermWeeks: 8, municipality: { name: '', code: '' } });
  });

  it('settings saved before the link domains existed keep the municipality, without a domain, and allow the government domains', async () => {
    const db = testDatabase();
    const { publicLinkDomains: _left, ...older } = { ...defaultSettings, municipality: { name: 'Gemeente Utrecht', code: '0344' }, userName: 'Sanne' };
    await db.settings.put({ key: 'app', value: older, updatedAt: '' });
    const read = await createSettingsRepository(db).get();
    expect(read).toMatchObject({ userName: 'Sanne', municipality: { name: 'Gemeente Utrecht', code: '0344', domain: '' } });
    expect(allowedLinkDomains(read)).toEqual([...governmentDomains]);
  });

  it('keeps the municipality’s domain as a host name, allowed first, and refuses what is none', async () => {
    const repo = createSettingsRepository(testDatabase());
    await repo.save({ ...defaultSettings, municipality: { name: 'Gemeente Utrecht', code: '0344', domain: ' https://www.Utrecht.nl/wonen ' } });
    const read = await repo.get();
    expect(read.municipality.domain).toBe('utrecht.nl');
    expect(allowedLinkDomains(read)).toEqual(['utrecht.nl', ...governmentDomains]);
    for (const domain of ['utrecht', 'utrecht .nl', 'mailto:info@utrecht.nl', '-utrecht.nl', 'utrecht.123']) {
      await expect(repo.save({ ...read, municipality: { ...read.municipality, domain } }), domain).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(repo.save({ ...read, publicLinkDomains: ['overheid.nl', 'geen domein'] })).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.get()).toEqual(read);
  });

  it('keeps a four-digit CBS code and refuses any other', async () => {
    const repo = createSettingsRepository(testDatabase());
    await repo.save({ ...defaultSettings, municipality: { name: 'Gemeente Amsterdam', code: '0363', domain: '' } });
    expect((await repo.get()).municipality).toEqual({ name: 'Gemeente Amsterdam', code: '0363', domain: '' });
    for (const code of ['363', 'gm0363', '03630']) {
      await expect(repo.save({ ...defaultSettings, municipality: { name: 'Gemeente Amsterdam', code, domain: '' } })).rejects.toBeInstanceOf(ValidationError);
    }
    expect((await repo.get()).municipality.code).toBe('0363');
  });
});
