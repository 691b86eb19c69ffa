import { describe, expect, it } from 'vitest';
import { toPhraseTest } from '@shared/search/phrases';

describe('phrase test', () => {
  it('finds the words in their order with only spaces or punctuation between them', () => {
    const test = toPhraseTest(['bekeken te worden']);
    expect(test('Het gevoel voortdurend bekeken te worden op het plein.')).toBe(true);
    expect(test('Bekeken, te\nworden!')).toBe(true);
    expect(test('Worden te bekeken.')).toBe(false);
    expect(test('bekeken en te worden')).toBe(false);
  });

  it('matches whole words only, an apostrophe between letters joining them', () => {
    expect(toPhraseTest(['bekeken te worden'])('onbekeken te worden')).toBe(false);
    expect(toPhraseTest(['bekeken te worden'])('bekeken te wordende')).toBe(false);
    expect(toPhraseTest(['camera van'])('de camera’s van de gemeente')).toBe(false);
    expect(toPhraseTest(['camera’s van'])('de camera’s van de gemeente')).toBe(true);
    expect(toPhraseTest(["camera's van"])("d'camera's van")).toBe(false);
    expect(toPhraseTest(['camera van'])("de 'camera' van")).toBe(true);
  });

  it('ignores case, diacritics and compatibility forms on both sides', () => {
    expect(toPhraseTest(['Coördinatie van'])('DE COORDINATIE VAN HET WERK')).toBe(true);
    expect(toPhraseTest(['coordinatie van'])('de coördinatie van het werk')).toBe(true);
    expect(toPhraseTest(['ﬁets stallen'])('Fiets stallen')).toBe(true);
    expect(toPhraseTest(['coordinatie van'])('“De coördinatie” – van')).toBe(true);
    // A combining mark is dropped, as the index drops it: it neither parts nor ends a word.
    expect(toPhraseTest(['bekeken te'])('bekeke\u0301n te')).toBe(true);
    expect(toPhraseTest(['x y'])('x\u0301y')).toBe(false);
    expect(toPhraseTest(['bekeken te'])('o\u0301bekeken te')).toBe(false);
  });

  it('needs every phrase, and a phrase without words asks nothing', () => {
    const both = toPhraseTest(['bekeken te worden', 'op het plein']);
    expect(both('bekeken te worden op het plein')).toBe(true);
    expect(both('bekeken te worden in de straat')).toBe(false);
    expect(toPhraseTest(['…'])('wat dan ook')).toBe(true);
    expect(toPhraseTest([])('')).toBe(true);
  });
});
