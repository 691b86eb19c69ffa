import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '@shared/search/normalize';
import { toTerm, toTerms } from '@shared/search/terms';

describe('Dutch search terms', () => {
  it('gives the forms of one word one term', () => {
    const pairs = [
      ['camera', "camera's"],
      ['camera', 'camera’s'],
      ['camera', 'cameras'],
      ['algoritme', 'algoritmes'],
      ['algoritme', 'algoritmen'],
      ['beslissing', 'beslissingen'],
      ['risico', "risico's"],
      ['analyse', 'analyses'],
      ['actie', 'acties'],
      ['sensor', 'sensoren'],
      ['wijk', 'wijken'],
    ];
    for (const [one, other] of pairs) expect(toTerm(other!), `${one} / ${other}`).toBe(toTerm(one!));
  });

  it('keeps different words apart', () => {
    expect(toTerm('camera')).not.toBe(toTerm('cijfer'));
    expect(toTerm('algoritme')).not.toBe(toTerm('alg'));
  });

  it('ignores case, diacritics and compatibility forms', () => {
    expect(normalizeText('Coördinatie')).toBe('coordinatie');
    expect(normalizeText('CAFÉ')).toBe('cafe');
    expect(normalizeText('ﬁnanciën')).toBe('financien');
    expect(toTerm('Coördinatie')).toBe(toTerm('coordinatie'));
    expect(toTerm('Beslissingen')).toBe(toTerm('beslissing'));
  });

  it('drops Dutch stop words', () => {
    expect(toTerms('De camera is in het park van de wijk')).toEqual([toTerm('camera'), toTerm('park'), toTerm('wijk')]);
  });

  it('keeps an apostrophe inside a word and splits on everything else', () => {
    expect(tokenize("camera's, drones—en 'sensoren' (2024)")).toEqual(["camera's", 'drones', 'en', 'sensoren', '2024']);
  });
});
