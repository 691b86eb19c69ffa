import { describe, expect, it } from 'vitest';
import { urlNameDetector } from '@shared/advice/nameInUrl';

const namesSomeone = urlNameDetector(['Jan de Vries', 'Anna', 'Bram Özdemir', 'Ad Bos', 'Bo Li', 'Kees Bakker', 'Teamleider Toezicht']);

describe('finding a person’s name in an address', () => {
  it.each([
    ['joined', 'https://x.nl/profiel/jandevries'],
    ['with hyphens', 'https://x.nl/team/jan-de-vries'],
    ['with underscores', 'https://x.nl/team/Jan_de_Vries'],
    ['with dots', 'https://x.nl/team/jan.de.vries'],
    ['with an initial', 'https://x.nl/j.devries'],
    ['with an initial, joined', 'https://x.nl/jdevries'],
    ['with plus signs in a query', 'https://x.nl/zoek?naam=jan+de+vries'],
    ['percent-encoded', 'https://x.nl/Jan%20de%20Vries'],
    ['percent-encoded twice', 'https://x.nl/Jan%2520de%2520Vries'],
    ['as a mail address in a path', 'https://x.nl/contact/Jan.DeVries@gemeente.nl'],
    ['as an encoded mail address in a query', 'https://x.nl/mail?to=j.de.vries%40enschede.nl'],
    ['surname first', 'https://x.nl/in/devries-jan'],
    ['in list order', 'https://x.nl/vries-jan-de'],
    ['without the prefix', 'https://x.nl/jan.vries'],
    ['as the surname with its prefix alone', 'https://x.nl/team/de-vries'],
    ['followed by digits', 'https://x.nl/jdevries82'],
    ['in capitals', 'https://X.NL/JAN-DE-VRIES'],
  ])('finds a name %s: %s', (_, url) => {
    expect(namesSomeone(url)).toBe(true);
  });

  it('finds a name written without its accents, in UTF-8 or in Latin-1 encoding', () => {
    expect(namesSomeone('https://x.nl/bram-ozdemir')).toBe(true);
    expect(namesSomeone('https://x.nl/B%C3%B6zdemir')).toBe(true);
    expect(namesSomeone('https://x.nl/b.%F6zdemir')).toBe(true);
    expect(namesSomeone('https://x.nl/bram-özdemir')).toBe(true);
  });

  it('finds a name of one word as a whole word', () => {
    expect(namesSomeone('https://x.nl/Anna')).toBe(true);
    expect(namesSomeone('https://x.nl/over?wie=anna&rol=lid')).toBe(true);
  });

  it('finds a full name inside a longer word only when it is long enough to be distinctive', () => {
    expect(namesSomeone('https://bramozdemirfotografie.nl')).toBe(true);
    expect(namesSomeone('https://www.bolidt.nl')).toBe(false);
  });

  it('does not find a short name inside a word or as an everyday part of an address', () => {
    expect(namesSomeone('https://www.havanna.nl/annalies')).toBe(false);
    expect(namesSomeone('https://www.ad.nl/binnenland/bos-brand~a42/')).toBe(false);
    expect(namesSomeone('https://x.nl/lib/index.html')).toBe(false);
    expect(namesSomeone('https://x.nl/vriesvak')).toBe(false);
  });

  it('does not count a surname without a prefix alone, which is often an everyday word', () => {
    expect(namesSomeone('https://x.nl/ondernemen/bakker-worden')).toBe(false);
    expect(namesSomeone('https://x.nl/thema/toezicht')).toBe(false);
    expect(namesSomeone('https://x.nl/k.bakker')).toBe(true);
  });

  it('finds nothing without names or in an address without one', () => {
    expect(urlNameDetector([])('https://x.nl/jandevries')).toBe(false);
    expect(urlNameDetector(['', '  '])('https://x.nl/jandevries')).toBe(false);
    expect(namesSomeone('https://www.enschede.nl/bestuur/raadsbesluiten/2026-05.pdf')).toBe(false);
  });
});
