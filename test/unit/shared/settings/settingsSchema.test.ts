import { describe, expect, it } from 'vitest';
import { defaultSettings, withMunicipalityLetterhead } from '@shared/settings/settingsSchema';

describe('the municipality in the letterhead', () => {
  const amsterdam = { name: 'Gemeente Amsterdam', code: '0363' };

  it('replaces the bare default "Gemeente" once the municipality is named', () => {
    expect(withMunicipalityLetterhead({ ...defaultSettings, municipality: amsterdam }).houseStyle.organisationName).toBe('Gemeente Amsterdam');
  });

  it('keeps a letterhead someone chose, and the default while no name is set', () => {
    const chosen = { ...defaultSettings, municipality: amsterdam, houseStyle: { ...defaultSettings.houseStyle, organisationName: 'Stadsdeel Noord' } };
    expect(withMunicipalityLetterhead(chosen).houseStyle.organisationName).toBe('Stadsdeel Noord');
    expect(withMunicipalityLetterhead({ ...defaultSettings, municipality: { name: '', code: '0363' } }).houseStyle.organisationName).toBe('Gemeente');
  });
});
