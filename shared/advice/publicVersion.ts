import { emptyDoc, type RichText } from '../cases/caseSchema';
import type { NameRole } from '../publication/nameFinder';
import { sectionKeys, type AdviceSections, type AdviceVersion } from './adviceSchema';
import { urlNameDetector } from './nameInUrl';
import { removeLinksWhere } from './removeLinks';
import { applyReplacements, replaceInRichText, type FindReplacements } from './replaceAcrossTextNodes';


const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds every whole-word occurrence of a name, with its role as replacement.
 * Longer names go first so "Anna de Vries" is not half-replaced by a shorter
 * "Anna". Letters and digits on either side mean another word, so "Annalies"
 * stays.
 */
export function nameMatcher(names: readonly NameRole[]): FindReplacements {
  const known = names.filter((n) => n.name.trim() !== '');
  if (known.length === 0) return () => [];
  const roleOf = new Map(known.map((n) => [n.name.trim().toLocaleLowerCase('nl'), n.role]));
  const alternatives = [...roleOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const role = roleOf.get(match[0].replace(/\s+/g, ' ').toLocaleLowerCase('nl'));
      return role === undefined ? [] : [{ from: match.index, to: match.index + match[0].length, text: role }];
    });
}

/**
 * The version as it may be published: confidential sections emptied and
 * confidential recommendations left out, and every known person named by role
 * in all text, recommendations, participants and reviews. A link whose address
 * names someone (see nameInUrl) is no link there: its text stays, named by
 * role like all text, and no other link's address is rewritten.
 */
export function toPublicVersion(version: AdviceVersion, names: readonly NameRole[]): AdviceVersion {
  const find = nameMatcher(names);
  const replace = (text: string) => applyReplacements(text, find(text));
  const namesSomeone = urlNameDetector(names.map((n) => n.name));
  const publicText = (text: RichText) => replaceInRichText(removeLinksWhere(text, namesSomeone), find);
  const hidden = new Set(version.confidentialSections);
  const sections = Object.fromEntries(
    sectionKeys.map((key) => [key, hidden.has(key) ? emptyDoc : publicText(version.sections[key])]),
  ) as AdviceSections;
  const roleByName = new Map(names.map((n) => [n.name, n.role]));
  return {
    ...version,
    sections,
    confidentialSections: [],
    recommendations: version.recommendations
      .filter((r) => !r.confidential)
      .map((r) => ({ ...r, text: publicText(r.text) })),
    working: {
      ...version.working,
      // A participant's roles are listed with them already, so a known name simply goes.
      participants: version.working.participants.map((p) => ({ ...p, name: roleByName.has(p.name) ? '' : replace(p.name) })),
    },
    reviews: version.reviews.map((r) => ({
      ...r,
      name: roleByName.get(r.name) ?? replace(r.name),
      comment: replace(r.comment),
    })),
  };
}
