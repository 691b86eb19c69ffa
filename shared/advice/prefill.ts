import { emptyDoc, isBlankDoc } from '../cases/blankDoc';
import type { Case, RichText } from '../cases/caseSchema';
import type { DeliberationRecord } from '../meetings/recordSchema';
import type { MethodTemplate } from '../methods/methodTemplate';
import type { CaseBoard } from '../people/boardSchema';
import type { Person } from '../people/personSchema';
import { bulletList, doc, docFromLines, heading, paragraph, paragraphs } from '../richText/build';
import type { AdviceSections, Direction, Recommendation, WorkingFacts } from './adviceSchema';

/** What the draft is pre-filled from: the case and everything the board recorded about it. */
export interface PrefillSource {
  case: Pick<Case, 'question'>;
  description: RichText;
  board: CaseBoard | undefined;
  people: readonly Person[];
  meetings: readonly { id: string; title: string; startsAt: string; attendees: readonly string[]; deletedAt: string | null }[];
  records: readonly DeliberationRecord[];
  templates: readonly MethodTemplate[];
}

/** Headings in the user's language; shared code holds no wording. */
export interface PrefillLabels {
  positiveEffects: string;
  negativeEffects: string;
  values: string;
  agreements: string;
}

export interface Prefill {
  sections: AdviceSections;
  recommendations: Recommendation[];
  working: WorkingFacts;
}

const templateOf = (record: DeliberationRecord, templates: readonly MethodTemplate[]) =>
  templates.find((t) => t.id === record.template.id && t.version === record.template.version);

/** Actors with their effects and values, and the text and list sections, as considerations. */
function considerations(source: PrefillSource, labels: PrefillLabels): RichText {
  const blocks: Record<string, unknown>[] = [];
  for (const record of source.records) {
    const template = templateOf(record, source.templates);
    for (const section of template?.sections ?? []) {
      const value = record.sections[section.key];
      if (!value) continue;
      if (value.kind === 'text' && value.text !== '') blocks.push(heading(3, section.title), ...paragraphs(value.text));
      if (value.kind === 'list' && value.items.length > 0) blocks.push(heading(3, section.title), bulletList(value.items));
      if (value.kind === 'actors' && value.actors.length > 0) {
        blocks.push(heading(3, section.title));
        for (const actor of value.actors) {
          blocks.push(paragraph(actor.name));
          const lines = [
            ...actor.positiveEffects.map((e) => `${labels.positiveEffects}: ${e}`),
            ...actor.negativeEffects.map((e) => `${labels.negativeEffects}: ${e}`),
            ...(actor.values.length > 0 ? [`${labels.values}: ${actor.values.join(', ')}`] : []),
          ];
          if (lines.length > 0) blocks.push(bulletList(lines));
        }
      }
    }
    if (record.agreements.length > 0) blocks.push(heading(3, labels.agreements), bulletList(record.agreements));
  }
  return doc(...blocks);
}

/** Every option for action becomes a recommendation in its direction, in the order recorded. */
function recommendations(source: PrefillSource, newId: () => string): Recommendation[] {
  const found: Recommendation[] = [];
  for (const record of source.records) {
    for (const value of Object.values(record.sections)) {
      if (value.kind !== 'options') continue;
      for (const direction of ['technology', 'environment', 'user'] as const satisfies readonly Direction[]) {
        for (const option of value.options[direction]) {
          found.push({ id: newId(), text: doc(paragraph(option)), direction, confidential: false });
        }
      }
    }
  }
  return found;
}

/** Methods used, meetings held (in time order) and who took part, by their role on the case's board. */
export function workingFacts(source: Omit<PrefillSource, 'case' | 'description'>): WorkingFacts {
  const discussed = new Set(source.records.map((r) => r.meetingId));
  const meetings = source.meetings
    .filter((m) => m.deletedAt === null && discussed.has(m.id))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const methods = [
    ...new Set(source.records.map((r) => templateOf(r, source.templates)?.name ?? r.template.id)),
  ];
  const attended = new Set(meetings.flatMap((m) => m.attendees));
  const rolesOf = (personId: string) => source.board?.members.filter((m) => m.personId === personId).map((m) => m.role) ?? [];
  const participants = source.people
    .filter((p) => attended.has(p.id))
    .map((p) => ({ personId: p.id, name: p.name, roles: rolesOf(p.id).length > 0 ? rolesOf(p.id) : p.roles.slice(0, 1) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    methods,
    meetings: meetings.map((m) => ({ meetingId: m.id, startsAt: m.startsAt, title: m.title })),
    participants,
  };
}

/** A first draft that the facilitator edits rather than retypes. */
export function prefillAdvice(source: PrefillSource, labels: PrefillLabels, newId: () => string): Prefill {
  const dissent = source.records.map((r) => r.dissent).filter((text) => text !== '');
  return {
    sections: {
      // The short public description of the topic is written on purpose, not copied.
      topicSummary: emptyDoc,
      question: docFromLines(source.case.question),
      context: isBlankDoc(source.description) ? emptyDoc : source.description,
      working: emptyDoc,
      considerations: considerations(source, labels),
      minorityView: dissent.length > 0 ? docFromLines(dissent.join('\n')) : emptyDoc,
    },
    recommendations: recommendations(source, newId),
    working: workingFacts(source),
  };
}
