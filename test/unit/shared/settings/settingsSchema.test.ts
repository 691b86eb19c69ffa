import { describe, expect, it } from 'vitest';
import { governmentDomains } from '@shared/publication/linkDomains';
import { defaultSettings } from '@shared/settings/defaultSettings';
import { allowedLinkDomains, settingsSchema, withMunicipalityLetterhead } from '@shared/settings/settingsSchema';

describe('the municipality in the letterhead', () => {
  const amsterdam = { name: 'Gemeente Amsterdam', code: '0363', domain: 'amsterdam.nl' };

  it('replaces the bare default "Gemeente" once the municipality is named', () => {
    expect(withMunicipalityLetterhead({ ...defaultSettings, municipality: amsterdam }).houseStyle.organisationName).toBe('Gemeente Amsterdam');
  });

  it('keeps a letterhead someone chose, and the default while no name is set', () => {
    const chosen = { ...defaultSettings, municipality: amsterdam, houseStyle: { ...defaultSettings.houseStyle, organisationName: 'Stadsdeel Noord' } };
    expect(withMunicipalityLetterhead(chosen).houseStyle.organisationName).toBe('Stadsdeel Noord');
    expect(withMunicipalityLetterhead({ ...defaultSettings, municipality: { name: '', code: '0363', domain: '' } }).houseStyle.organisationName).toBe('Gemeente');
  });
});

describe('the domains links in public documents may keep', () => {
  it('are by default the government’s, with the municipality’s own once it is set', () => {
    expect(defaultSettings.publicLinkDomains).toEqual([...governmentDomains]);
    expect(governmentDomains).toEqual(expect.arrayContaining(['overheid.nl', 'rijksoverheid.nl', 'officielebekendmakingen.nl', 'europa.eu']));
    expect(allowedLinkDomains(defaultSettings)).toEqual([...governmentDomains]);
    expect(allowedLinkDomains({ ...defaultSettings, municipality: { name: 'Gemeente Utrecht', code: '0344', domain: 'utrecht.nl' } })[0]).toBe('utrecht.nl');
  });

  it('read a stored municipality without a domain as one without, and every default domain as a valid host name', () => {
    const parsed = settingsSchema.parse({ ...defaultSettings, municipality: { name: 'Gemeente Utrecht', code: '0344' } });
    expect(parsed.municipality).toEqual({ name: 'Gemeente Utrecht', code: '0344', domain: '' });
    expect(parsed.publicLinkDomains).toEqual([...governmentDomains]);
  });

  it('are host names, as people paste them', () => {
    const domains = (publicLinkDomains: string[]) => settingsSchema.safeParse({ ...defaultSettings, publicLinkDomains });
    expect(domains(['HTTPS://www.Rechtspraak.nl/uitspraken', 'wetten.overheid.nl', 'súdwest-fryslân.nl', 'xn--sdwest-frysln-teb26a.nl']).data?.publicLinkDomains).toEqual([
      'rechtspraak.nl',
      'wetten.overheid.nl',
      'súdwest-fryslân.nl',
      'xn--sdwest-frysln-teb26a.nl',
    ]);
    for (const wrong of ['localhost', 'overheid', 'over heid.nl', 'overheid..nl', '-overheid.nl', '192.168.1.1', '']) expect(domains([wrong]).success, wrong).toBe(false);
  });
});
