import { describe, expect, it } from 'vitest';
import { checkPublisher } from '@shared/export/diwoo/publisher';

describe('publisher of the DiWoo metadata', () => {
  it('is the municipality by its TOOI identifier, named as the settings name it', () => {
    expect(checkPublisher({ name: 'Gemeente Amsterdam', code: '0363' })).toEqual({
      ok: true,
      value: { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363', name: 'Gemeente Amsterdam' },
    });
  });

  it('takes the name from the TOOI list when the settings have none', () => {
    expect(checkPublisher({ name: '', code: '0344' })).toMatchObject({ ok: true, value: { name: 'gemeente Utrecht' } });
  });

  it('refuses a missing, malformed or unknown municipality code', () => {
    expect(checkPublisher({ name: 'Gemeente', code: '' })).toEqual({ ok: false, refusals: ['municipality_missing'] });
    expect(checkPublisher({ name: 'Gemeente', code: '363' })).toEqual({ ok: false, refusals: ['municipality_code'] });
    expect(checkPublisher({ name: 'Gemeente', code: 'gm0363' })).toEqual({ ok: false, refusals: ['municipality_code'] });
    expect(checkPublisher({ name: 'Gemeente', code: '9999' })).toEqual({ ok: false, refusals: ['municipality_unknown'] });
  });
});
