import { emptyDoc, type RichText } from '../cases/caseSchema';
import { sectionKeys, type AdviceSections, type AdviceVersion } from './adviceSchema';

/** A person's name and the role label that replaces it in public texts. */
export interface NameRole {
  name: string;
  role: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every whole-word occurrence of a name by its role. Longer names go
 * first so "Anna de Vries" is not half-replaced by a shorter "Anna". Letters
 * and digits on either side mean another word, so "Annalies" stays.
 */
export function nameReplacer(names: readonly NameRole[]): (text: string) => string {
  const known = names.filter((n) => n.name.trim() !== '');
  if (known.length === 0) return (text) => text;
  const roleOf = new Map(known.map((n) => [n.name.trim().toLocaleLowerCase('nl'), n.role]));
  const alternatives = [...roleOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    text.replace(pattern, (match) => roleOf.get(match.replace(/\s+/g, ' ').toLocaleLowerCase('nl')) ?? match);
}

/** Applies a text replacement to every text node and every string attribute of a tiptap document. */
export function mapDocText(doc: RichText, replace: (text: string) => string): RichText {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return replace(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, key === 'type' ? child : walk(child)]),
    );
  };
  return walk(doc) as RichText;
}

/**
 * The version as it may be published: confidential sections emptied and
 * confidential recommendations left out, and every known person named by role
 * in all text, recommendations, participants and reviews.
 */
export function toPublicVersion(version: AdviceVersion, names: readonly NameRole[]): AdviceVersion {
  const replace = nameReplacer(names);
  const hidden = new Set(version.confidentialSections);
  const sections = Object.fromEntries(
    sectionKeys.map((key) => [key, hidden.has(key) ? emptyDoc : mapDocText(version.sections[key], replace)]),
  ) as AdviceSections;
  const roleByName = new Map(names.map((n) => [n.name, n.role]));
  return {
    ...version,
    sections,
    confidentialSections: [],
    recommendations: version.recommendations
      .filter((r) => !r.confidential)
      .map((r) => ({ ...r, text: mapDocText(r.text, replace) })),
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
