import type { WordList } from '@shared/publication/nameFinder';
import type { DecisionRecord } from '@shared/publication/publicationRecord';
import type { PublicationSettings } from '@shared/publication/publicModel';
import { allowedLinkDomains, type Settings } from '@shared/settings/settingsSchema';

let words: Promise<WordList> | undefined;

/*
 * The Dutch word list: its sorted words, made when the app is built, in a
 * chunk of its own that loads on the first public export (never with the
 * first screen) and is searched as it is, without parsing. A page that offers
 * a public export starts the load when it opens.
 */
export function dutchWords(): Promise<WordList> {
  words ??= Promise.all([import('virtual:dutch-words'), import('@shared/publication/wordList')]).then(
    ([sorted, { sortedWordList }]) => sortedWordList(sorted.default),
    (error: unknown) => {
      // A chunk that failed to load is asked for again by the next export.
      words = undefined;
      throw error;
    },
  );
  return words;
}

/** What the publication filter needs besides names, for an export with or without the review: links keep their address only to the domains in Settings. */
export async function publicationSettings(
  settings: Pick<Settings, 'municipality' | 'publicLinkDomains'>,
  mode: PublicationSettings['mode'],
  decisions: readonly DecisionRecord[] = [],
): Promise<PublicationSettings> {
  return { words: await dutchWords(), linkDomains: allowedLinkDomains(settings), mode, decisions };
}
