import type { SectionKey } from '../advice/sectionKeys';
import type { Advice, AdviceVersion, Conclusion, FollowUp } from '../advice/adviceSchema';
import { sectionKeys } from '../advice/sectionKeys';
import type { NameRole } from '../publication/nameFinder';
import { publicPrecedent } from '../advice/precedents';
import { countingApprovals } from '../advice/versionRules';
import { isBlankDoc } from '../cases/blankDoc';
import type { Case, RichText } from '../cases/caseSchema';
import { exclusionOf } from '../people/boardRules';
import type { ConflictDeclaration } from '../people/boardSchema';
import type { DeliberationSummary } from './deliberationSummary';
import {
  directionLabels,
  formatDutchDate,
  processOwnerRole,
  roleLabels,
  technologyLabels,
  versionStatusLabels,
} from './documentTexts';

export const adviceVariants = ['public', 'internal'] as const;
export type AdviceVariant = (typeof adviceVariants)[number];

/** A meeting on the case as the internal advice reports it: who was there and what was recorded. */
export interface MeetingOnCase {
  title: string;
  startsAt: string;
  present: string[];
  absent: string[];
  record: DeliberationSummary | null;
}

/** What an advice export is made from; the renderer gathers it from the database. */
export interface AdviceSource {
  caseRecord: Case;
  advice: Advice | null;
  version: AdviceVersion;
  /** Everyone who may be named in the advice, with the role the public version names them by. */
  people: readonly NameRole[];
  bodyName: string;
  publicNaming: 'role' | 'name';
  /** Only read for the internal variant. */
  meetings: readonly MeetingOnCase[];
  /** The conflicts of interest declared for the case, each with the declarant's name. */
  conflicts: readonly NamedConflict[];
  /** The earlier cases the version refers to whose advice has been published (only these are named in public). */
  publishedPrecedents: readonly string[];
}

export type NamedConflict = ConflictDeclaration & { name: string };

export interface AdviceExportModel {
  variant: AdviceVariant;
  title: string;
  reference: string;
  /** The issue date, or null for a version not issued yet. */
  issuedOn: string | null;
  /** The moment of issue, when the version recorded it: the metadata's vaststelling. */
  issuedAt: string | null;
  bodyName: string;
  status: string;
  versionNumber: number;
  processOwner: string;
  requester: string;
  solicited: boolean;
  classification: Case['classification'];
  technology: string;
  themes: string[];
  /** In document order, blank and left-out sections already gone. */
  sections: Partial<Record<SectionKey, RichText>>;
  /** Internal only: sections marked confidential, so the document can say so. */
  confidentialSections: SectionKey[];
  recommendations: { text: RichText; direction: string | null; confidential: boolean }[];
  /** Earlier cases referred to; in public the title and date only of those whose advice was published. */
  precedents: { reference: string; title: string | null; adviceIssuedOn: string | null }[];
  methods: string[];
  meetingsHeld: { title: string; startsAt: string }[];
  participants: string[];
  conclusion: Conclusion | null;
  followUp: FollowUp | null;
  /** The date the advice was published, once it was. */
  publishedOn: string | null;
  publicationUrl: string;
  /** Internal only: reviewers who approved the text and take part in the case. */
  approvals: string[];
  /** Internal only: who takes no part in the case because of a declared conflict, and since when. */
  notTakingPart: { name: string; declaredOn: string }[];
  /** Internal only: every conflict of interest declared for the case, with its measure. */
  conflicts: Omit<NamedConflict, 'personId'>[];
  /** Internal only: attendance and the deliberation summary per meeting. */
  meetings: MeetingOnCase[];
}

/** The internal document's model: the advice in full, names and all; it never leaves the organisation. */
export type InternalAdvice = AdviceExportModel & { variant: 'internal' };

export type AdviceRefusal = 'confidential_case' | 'not_issued';
export type AdviceModelResult = { ok: true; model: AdviceExportModel } | { ok: false; refusal: AdviceRefusal };

/** "Proceseigenaar, afdeling Veiligheid": the public version names the owner by role and department. */
export function processOwnerByRole(department: string): string {
  const name = department.trim();
  if (name === '') return processOwnerRole;
  return `${processOwnerRole}, ${/^afdeling\b/i.test(name) ? name : `afdeling ${name}`}`;
}

/** Working facts store role keys ("lid"); documents show their labels. */
const roleLabel = (role: string) => (role in roleLabels ? roleLabels[role as keyof typeof roleLabels] : role);

/** "Lid adviesorgaan (3), Secretaris": the public version counts people per role instead of naming them. */
function participantsByRole(participants: AdviceVersion['working']['participants']): string[] {
  const counts = new Map<string, number>();
  for (const participant of participants) {
    const role = participant.roles[0] ? roleLabel(participant.roles[0]) : 'Deelnemer';
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts].map(([role, count]) => (count > 1 ? `${role} (${count})` : role));
}

/*
 * Everyone the version itself names counts too (participants, reviewers),
 * also when they are missing from the people register: a name that slips
 * through is a personal-data leak in a published document.
 */
export function publicNames(source: AdviceSource): NameRole[] {
  if (source.publicNaming === 'name') return [];
  const { processOwner, requester } = source.caseRecord;
  const participants = source.version.working.participants.map((p) => ({ name: p.name, role: roleLabel(p.roles[0] ?? 'lid') }));
  const roleOf = (name: string) => participants.find((p) => p.name === name)?.role ?? roleLabels.lid;
  return [
    ...source.people,
    ...participants,
    ...source.version.reviews.map((r) => ({ name: r.name, role: roleOf(r.name) })),
    { name: processOwner.name, role: processOwnerRole },
    ...(requester.trim() ? [{ name: requester, role: 'Aanvrager' }] : []),
  ];
}

/** Each person kept out of the case once, by the declaration that keeps them out. */
function notTakingPart(conflicts: readonly NamedConflict[]): { name: string; declaredOn: string }[] {
  const personIds = [...new Set(conflicts.map((c) => c.personId))];
  return personIds.flatMap((personId) => {
    const exclusion = exclusionOf(personId, conflicts);
    const name = conflicts.find((c) => c.personId === personId)?.name ?? '';
    return exclusion ? [{ name, declaredOn: exclusion.declaredOn }] : [];
  });
}

/** "Noor Hendriks (Lid adviesorgaan)", or with "neemt niet deel" for someone kept out by a conflict. */
function internalParticipant(participant: AdviceVersion['working']['participants'][number], conflicts: readonly NamedConflict[]): string {
  const roles = participant.roles.length ? `${participant.name} (${participant.roles.map(roleLabel).join(', ')})` : participant.name;
  return exclusionOf(participant.personId, conflicts) ? `${roles}, neemt niet deel` : roles;
}

function visibleSections(version: AdviceVersion): Partial<Record<SectionKey, RichText>> {
  const hidden = new Set(version.confidentialSections);
  return Object.fromEntries(
    sectionKeys.filter((key) => !hidden.has(key) && !isBlankDoc(version.sections[key])).map((key) => [key, version.sections[key]]),
  );
}

/** The public version of the text: confidential sections and recommendations out. */
function withoutConfidential(version: AdviceVersion): AdviceVersion {
  return { ...version, recommendations: version.recommendations.filter((r) => !r.confidential) };
}

/**
 * The advice as one of its two documents. The public one leaves out what is
 * confidential and names the process owner and participants by role; a
 * confidential case has no public version at all. Its text is still as
 * written: only the publication filter (publication/publicModel.ts) makes it
 * public.
 */
export function toAdviceExportModel(source: AdviceSource, variant: AdviceVariant): AdviceModelResult {
  const { caseRecord, advice } = source;
  const isPublic = variant === 'public';
  if (isPublic && caseRecord.classification === 'vertrouwelijk') return { ok: false, refusal: 'confidential_case' };
  if (isPublic && source.version.status !== 'issued') return { ok: false, refusal: 'not_issued' };
  const version = isPublic ? withoutConfidential(source.version) : source.version;
  const conclusion = advice?.conclusion ?? null;
  const followUp = advice?.followUp ?? null;
  return {
    ok: true,
    model: {
      variant,
      title: caseRecord.title,
      reference: caseRecord.reference,
      issuedOn: version.issuedAt?.slice(0, 10) ?? advice?.issuedOn ?? null,
      issuedAt: version.issuedAt ?? null,
      bodyName: source.bodyName,
      status: versionStatusLabels[version.status],
      versionNumber: version.number,
      processOwner: isPublic
        ? processOwnerByRole(caseRecord.processOwner.department)
        : [caseRecord.processOwner.name, caseRecord.processOwner.department].filter(Boolean).join(', '),
      requester: isPublic ? '' : caseRecord.requester,
      solicited: caseRecord.solicited,
      classification: caseRecord.classification,
      technology: technologyLabels[caseRecord.technology],
      themes: caseRecord.themes,
      // The internal document is the full advice: confidential sections included (its classification says so).
      sections: visibleSections(isPublic ? version : { ...version, confidentialSections: [] }),
      confidentialSections: isPublic ? [] : [...version.confidentialSections],
      recommendations: version.recommendations
        .filter((r) => !isBlankDoc(r.text))
        .map((r) => ({ text: r.text, direction: r.direction ? directionLabels[r.direction] : null, confidential: r.confidential })),
      precedents: (version.precedents ?? []).map((precedent) =>
        publicPrecedent(precedent, !isPublic || source.publishedPrecedents.includes(precedent.caseId)),
      ),
      methods: version.working.methods,
      meetingsHeld: version.working.meetings.map(({ title, startsAt }) => ({ title, startsAt })),
      participants: isPublic
        ? participantsByRole(version.working.participants)
        : version.working.participants.map((p) => internalParticipant(p, source.conflicts)),
      conclusion,
      followUp,
      publishedOn: advice?.publication.publishedOn ?? null,
      publicationUrl: advice?.publication.url ?? '',
      approvals: isPublic ? [] : countingApprovals(version.reviews, source.conflicts).map((r) => `${r.name} (${formatDutchDate(r.at)})`),
      notTakingPart: isPublic ? [] : notTakingPart(source.conflicts),
      conflicts: isPublic ? [] : source.conflicts.map(({ name, declaredOn, description, measure }) => ({ name, declaredOn, description, measure })),
      meetings: isPublic ? [] : [...source.meetings],
    },
  };
}

/** The internal document, which every advice has. */
export function toInternalAdvice(source: AdviceSource): InternalAdvice {
  const result = toAdviceExportModel(source, 'internal');
  if (!result.ok) throw new Error(`Een interne versie wordt nooit geweigerd (${result.refusal}).`);
  return { ...result.model, variant: 'internal' };
}
