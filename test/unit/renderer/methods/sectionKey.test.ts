import { describe, expect, it } from 'vitest';
import { templateSectionSchema } from '@shared/methods/methodTemplate';
import { assignSectionKeys, keyFromTitle, uniqueKey } from '../../../../renderer/methods/sectionKey';

const validKey = (key: string) => templateSectionSchema.shape.key.safeParse(key).success;

describe('section key from a title', () => {
  it.each([
    ['Waarden & normen', 'waardenNormen'],
    ['De technologie in haar context', 'deTechnologieInHaarContext'],
    ['Privé-overwegingen', 'priveOverwegingen'],
    ['Ĳzeren regels', 'ijzerenRegels'],
    ['  Conclusie  ', 'conclusie'],
    ['IAMA: fase 2', 'iamaFase2'],
    ['3 richtingen', 'sectie3Richtingen'],
    ['?!', 'sectie'],
    ['', 'sectie'],
  ])('%j → %j', (title, key) => {
    expect(keyFromTitle(title)).toBe(key);
    expect(validKey(key)).toBe(true);
  });

  it('keeps long titles within the 40 characters a key may have', () => {
    const key = keyFromTitle('Welke grondrechten raakt het algoritme en hoe zwaar wegen zij in deze situatie');
    expect(key).toHaveLength(40);
    expect(validKey(key)).toBe(true);
  });
});

describe('unique keys', () => {
  it('numbers a key that is taken, within the length limit', () => {
    expect(uniqueKey('waarden', new Set())).toBe('waarden');
    expect(uniqueKey('waarden', new Set(['waarden']))).toBe('waarden2');
    expect(uniqueKey('waarden', new Set(['waarden', 'waarden2']))).toBe('waarden3');
    const long = 'a'.repeat(40);
    expect(uniqueKey(long, new Set([long]))).toBe(`${'a'.repeat(39)}2`);
  });

  it('gives new sections a key and never changes an existing one, even when its title changed', () => {
    const sections = [
      { key: 'conclusie', title: 'Conclusie en advies' },
      { key: '', title: 'Waarden & normen' },
      { key: '', title: 'Waarden en normen' },
      { key: '', title: 'Conclusie' },
    ];
    expect(assignSectionKeys(sections, []).map((s) => s.key)).toEqual([
      'conclusie',
      'waardenNormen',
      'waardenEnNormen',
      'conclusie2',
    ]);
    expect(sections[1]!.key).toBe('');
  });

  it('does not reuse a key an earlier version had, so old records keep meaning what they meant', () => {
    expect(assignSectionKeys([{ key: '', title: 'Waarden' }], ['waarden']).map((s) => s.key)).toEqual(['waarden2']);
  });

  it('keeps two new sections with the same title apart', () => {
    expect(assignSectionKeys([{ key: '', title: 'Vraag' }, { key: '', title: 'Vraag' }], []).map((s) => s.key)).toEqual([
      'vraag',
      'vraag2',
    ]);
  });
});
