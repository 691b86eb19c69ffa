import { describe, expect, it } from 'vitest';
import { applyReplacements } from '@shared/advice/replaceAcrossTextNodes';
import { createNameFinder, type NameRole } from '@shared/publication/nameFinder';
import { dutchWords } from '../../../fixtures/dutchWords';

const register: NameRole[] = [
  { name: 'Jan de Vries', role: 'de voorzitter' },
  { name: 'Müller', role: 'X' },
  { name: 'Ayşe Yıldız', role: 'de inwoner' },
  { name: "Henk 't Hart", role: 'de secretaris' },
  { name: 'Sanne Visser', role: 'het lid' },
  { name: 'Fatima El Amrani', role: 'de jurist' },
  { name: 'Roos', role: 'de wijkbewoner' },
  { name: 'Karel Jansen-Bakker', role: 'de CISO' },
];

const replaced = (text: string) => {
  const find = createNameFinder(register, dutchWords());
  return applyReplacements(
    text,
    find(text)
      .map((m) => ({ from: m.from, to: m.to, text: `<${m.role}>` })),
  );
};

describe('finding register names the way people write them', () => {
  it.each([
    ['Jan de Vries opende.', '<de voorzitter> opende.'],
    ['Volgens JAN DE VRIES niet.', 'Volgens <de voorzitter> niet.'],
    ['Volgens Jan  de\u00A0Vries niet.', 'Volgens <de voorzitter> niet.'],
    ['Volgens Jan\nde Vries niet.', 'Volgens <de voorzitter> niet.'],
    ['Volgens Jan de Vr\u00ADies en Jan de Vr\u200Bies niet.', 'Volgens <de voorzitter> en <de voorzitter> niet.'],
    ['Volgens Jan\u200Bde\u200BVries, de\u200BVries en Sanne\u2060Visser niet.', 'Volgens <de voorzitter>, <de voorzitter> en <het lid> niet.'],
    ['Volgens Jan\u00ADde\u00ADVries en Jan\u200Bde\u200BVr\u00ADies niet.', 'Volgens <de voorzitter> en <de voorzitter> niet.'],
    ['Volgens Jan\u200Bde\u200BVr\u200Bies en mevrouw\u00ADDe\u00ADVr\u00ADies niet.', 'Volgens <de voorzitter> en <de voorzitter> niet.'],
    ['Volgens Jan\u2060de\u2060Vr\u2060ies en Sanne\u200BVis\u200Bser niet.', 'Volgens <de voorzitter> en <het lid> niet.'],
    ['Het voorstel van De Vries kwam laat.', 'Het voorstel van <de voorzitter> kwam laat.'],
    ['Het voorstel van mevrouw De Vries kwam laat.', 'Het voorstel van <de voorzitter> kwam laat.'],
    ['Het voorstel van J. de Vries en J.M. de Vries.', 'Het voorstel van <de voorzitter> en <de voorzitter>.'],
    ['Genoemd: De Vries, Jan (voorzitter).', 'Genoemd: <de voorzitter> (voorzitter).'],
    ['Genoemd: Vries, Jan de (voorzitter).', 'Genoemd: <de voorzitter> (voorzitter).'],
    ["Het is De Vries' idee en Jan's plan.", 'Het is <de voorzitter> idee en <de voorzitter> plan.'],
    ['Het plan van dhr. De Vries en dr. Jan de Vries.', 'Het plan van <de voorzitter> en <de voorzitter>.'],
    ['Zo sprak de heer De Vries.', 'Zo sprak <de voorzitter>.'],
    ['Het was Jan die belde.', 'Het was <de voorzitter> die belde.'],
    ['Volgens Muller en Mu\u0308ller.', 'Volgens <X> en <X>.'],
    ['Volgens Ayse Yildiz en AYŞE YILDIZ en Ayşe Yıldız.', 'Volgens <de inwoner> en <de inwoner> en <de inwoner>.'],
    ["Volgens Henk ’t Hart en Henk 't Hart.", 'Volgens <de secretaris> en <de secretaris>.'],
    ['Zo zag Vissers voorstel eruit.', 'Zo zag <het lid> voorstel eruit.'],
    ['Volgens Fatima El\u2011Amrani niet.', 'Volgens <de jurist> niet.'],
    ['Volgens Karel Jansen-Bakker en Jansen\u2011Bakker.', 'Volgens <de CISO> en <de CISO>.'],
    ['Wij spraken Roos en Sanne.', 'Wij spraken <de wijkbewoner> en <het lid>.'],
  ])('%s', (text, expected) => {
    expect(replaced(text)).toBe(expected);
  });

  it('leaves ordinary words that are also names', () => {
    const text = 'De roos bloeit; de visser vaart uit en de wit geschilderde muur van de boer staat. Een vriesdag in Roosendaal.';
    expect(replaced(text)).toBe(text);
  });

  it('finds a name of one word, or a Dutch word, only capitalised, and is not sure of it', () => {
    const find = createNameFinder(register, dutchWords());
    expect(find('Roos opende. Daarna sprak Roos over de roos.').map((m) => m.certainty)).toEqual(['uncertain', 'uncertain']);
    expect(find('Het advies van Sanne Visser en Visser.').map((m) => m.certainty)).toEqual(['certain', 'uncertain']);
  });
});
