import { createNameFinder, type NameRole, type WordList } from './nameFinder';
import type { DecisionRecord } from './publicationRecord';
import type { ReviewItem } from './reviewItems';

/* A title or form of address before a name and an apostrophe genitive after it: no part of the name the register keeps. */
const addressedAs = /^(?:(?:de\s+heer|mevrouw|meneer|heer|dhr|mevr|mw|drs|dr|mr|ir|ing|prof)\.?\s+)+/iu;
const apostropheGenitive = /['’]s?$/u;
const initialsAs = /^(?:\p{Lu}\.\s?)+/u;

/**
 * The name a found text proposes for the people register, for the secretary
 * to correct: "Mevrouw Karin Smeets" and "Smeets’" are Karin Smeets and
 * Smeets. Initials stay: they are all the text knows of the given name.
 */
export function proposedRegisterName(found: string): string {
  const name = found.trim().replace(/\s+/gu, ' ').replace(addressedAs, '').replace(apostropheGenitive, '');
  return name === '' || initialsAs.test(name) && name.replace(initialsAs, '') === '' ? found.trim() : name;
}

/**
 * The review's decisions once the secretary put the person of a found text
 * in the register and the filter ran again with them in it: the found text
 * is decided as added, and every certain form of the person's name the new
 * run found (the found text itself among them, now by the person's role) is a
 * replacement. A form that may be an ordinary word is left for the secretary.
 */
export function decisionsAfterAdding(added: Pick<ReviewItem, 'key'>, person: NameRole, items: readonly ReviewItem[], words: WordList): DecisionRecord[] {
  const find = createNameFinder([person], words);
  const isFormOf = (item: ReviewItem) =>
    item.kind === 'name' && item.certainty === 'certain' && item.replacement === person.role && find(item.text).some((m) => m.from === 0 && m.to === item.text.length);
  return [{ key: added.key, decision: 'add_to_register' }, ...items.filter(isFormOf).map((item) => ({ key: item.key, decision: 'accept' as const }))];
}
