import { describe, expect, it } from 'vitest';
import { createSettingsRepository } from '../../../../renderer/settings/settingsRepository';
import { defaultSettings } from '@shared/settings/settingsSchema';
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

  it('keeps a four-digit CBS code and refuses any other', async () => {
    const repo = createSettingsRepository(testDatabase());
    await repo.save({ ...defaultSettings, municipality: { name: 'Gemeente Amsterdam', code: '0363' } });
    expect((await repo.get()).municipality).toEqual({ name: 'Gemeente Amsterdam', code: '0363' });
    for (const code of ['363', 'gm0363', '03630']) {
      await expect(repo.save({ ...defaultSettings, municipality: { name: 'Gemeente Amsterdam', code } })).rejects.toBeInstanceOf(ValidationError);
    }
    expect((await repo.get()).municipality.code).toBe('0363');
  });
});
