import { newStemmer } from 'snowball-stemmers';

const snowball = newStemmer('dutch');

/*
 * The Snowball Dutch stemmer leaves plurals in -s alone when a vowel comes
 * before it ("algoritmes", "cameras") and keeps the apostrophe of "camera's".
 * Those plurals are taken back to their singular first. A word such as
 * "proces" loses its s as well; that is harmless because the query is treated
 * exactly as the text, so "proces" still finds "proces".
 */
function singular(word: string): string {
  const withoutApostrophe = word.replace(/['’]s$/, '');
  if (withoutApostrophe !== word) return withoutApostrophe;
  if (word.length >= 5 && /[aeiouy]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The stem of a normalised Dutch word: the forms of one word share it (beslissing, beslissingen → besliss). */
export function stemDutch(word: string): string {
  return snowball.stem(singular(word)).replace(/['’]/g, '');
}
