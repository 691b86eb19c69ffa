import { describe, expect, it } from 'vitest';
import { foldAsKnownWords, foldText, invisibleBreaks } from '@shared/publication/foldedText';

/* Each folded character with the stretch of the original it came from. */
const places = (original: string, breaks?: RegExp) => {
  const folded = foldText(original, breaks);
  return [...folded.text].map((char, i) => `${char}=${original.slice(folded.start(i), folded.end(i))}`);
};

describe('folding a text for finding names, with the way back', () => {
  it('lowers plain ASCII and reads a control character as a space, place for place', () => {
    expect(foldText('Jan\tDE Vries').text).toBe('jan de vries');
    expect(places('De\nVries')).toEqual(['d=D', 'e=e', ' =\n', 'v=V', 'r=r', 'i=i', 'e=e', 's=s']);
  });

  it('drops accents and invisible characters and keeps the way back to each character', () => {
    expect(foldText('Müller’s').text).toBe("muller's");
    expect(places('Mu\u0308l\u00ADler')).toEqual(['m=M', 'u=u', 'l=l', 'l=l', 'e=e', 'r=r']);
    expect(places('Jan\u200Bde', invisibleBreaks[0])).toEqual(['j=J', 'a=a', 'n=n', ' =\u200B', 'd=d', 'e=e']);
  });

  it('reads one invisible character as a break between known words and as nothing inside one, keeping every place', () => {
    const known = new Set(['jan', 'de', 'vries']);
    const folded = foldAsKnownWords('Jan\u200Bde\u200BVr\u200Bies of Stat\u200Bion', (word) => known.has(word));
    expect(folded.text).toBe('jan de vries of stat ion');
    expect(folded.start(7)).toBe(7);
    expect(folded.end(11)).toBe(13);
  });
});
