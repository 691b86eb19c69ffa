import type { SectionKey } from '../advice/sectionKeys';
import type { Advice, AdviceVersion } from '../advice/adviceSchema';
import type { AttachmentMeta } from '../cases/attachmentSchema';
import type { Case, CaseDescription } from '../cases/caseSchema';
import type { Action } from '../meetings/actionSchema';
import type { Meeting } from '../meetings/meetingSchema';
import type { Note } from '../meetings/noteSchema';
import type { DeliberationRecord, SectionValue } from '../meetings/recordSchema';
import type { Person } from '../people/personSchema';
import { plainText } from '../richText/plainText';
import type { SearchDocument, SearchSource, SearchTable } from './searchDocument';

const lines = (parts: readonly (string | null | undefined)[]) => parts.filter((part) => part && part.trim() !== '').join('\n');
const day = (timestamp: string | null | undefined) => (timestamp ? timestamp.slice(0, 10) : null);

const base = { caseId: null, meetingId: null, place: null, confidential: false, facets: null } as const;

export function caseDocument(record: Case): SearchDocument {
  return {
    ...base,
    id: `case:${record.id}`,
    kind: 'case',
    title: `${record.reference} · ${record.title}`,
    text: lines([
      record.question,
      record.processOwner.name,
      record.processOwner.department,
      record.requester,
      record.themes.join(', '),
      record.values.join(', '),
      ...record.instruments.map((instrument) => instrument.documentRef),
    ]),
    caseId: record.id,
    date: record.receivedOn,
    facets: {
      reference: record.reference,
      receivedOn: record.receivedOn,
      status: record.status,
      themes: record.themes,
      values: record.values,
      technology: record.technology,
    },
  };
}

export function descriptionDocument(record: CaseDescription): SearchDocument {
  return { ...base, id: `description:${record.caseId}`, kind: 'description', title: '', text: plainText(record.doc), caseId: record.caseId, date: day(record.updatedAt) };
}

/** Only the file's name: what is inside a PDF or a Word file is not read. */
export function attachmentDocument(record: AttachmentMeta): SearchDocument {
  return { ...base, id: `attachment:${record.id}`, kind: 'attachment', title: record.name, text: record.name, caseId: record.caseId, date: day(record.addedAt) };
}

export function noteDocument(record: Note): SearchDocument {
  return {
    ...base,
    id: `note:${record.id}`,
    kind: 'note',
    title: '',
    text: plainText(record.doc),
    caseId: record.caseId,
    meetingId: record.meetingId,
    place: record.agendaItemId,
    date: day(record.updatedAt),
  };
}

function sectionText(value: SectionValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'list':
      return lines(value.items);
    case 'actors':
      return lines(value.actors.flatMap((actor) => [actor.name, ...actor.positiveEffects, ...actor.negativeEffects, ...actor.values]));
    case 'options':
      return lines([...value.options.technology, ...value.options.environment, ...value.options.user]);
  }
}

export function recordDocument(record: DeliberationRecord): SearchDocument {
  return {
    ...base,
    id: `record:${record.id}`,
    kind: 'record',
    title: '',
    text: lines([...Object.values(record.sections).map(sectionText), record.dissent, ...record.agreements]),
    caseId: record.caseId,
    meetingId: record.meetingId,
    place: record.agendaItemId,
    date: day(record.updatedAt),
  };
}

/** A version in two parts, so what is left out of publication can be kept from who may not see it. */
export function adviceDocuments(version: AdviceVersion): SearchDocument[] {
  const secret = new Set<SectionKey>(version.confidentialSections);
  const part = (confidential: boolean): SearchDocument => ({
    ...base,
    id: confidential ? `advice:${version.id}:vertrouwelijk` : `advice:${version.id}`,
    kind: 'advice',
    title: String(version.number),
    text: lines([
      ...Object.entries(version.sections)
        .filter(([key]) => secret.has(key as SectionKey) === confidential)
        .map(([, doc]) => plainText(doc)),
      ...version.recommendations.filter((r) => r.confidential === confidential).map((r) => plainText(r.text)),
      confidential ? '' : version.reason,
    ]),
    caseId: version.caseId,
    place: version.id,
    date: day(version.issuedAt ?? version.updatedAt),
    confidential,
  });
  return [part(false), part(true)].filter((document) => document.text !== '');
}

export function conclusionDocument(advice: Advice): SearchDocument | null {
  const text = lines([advice.conclusion?.reasons, advice.followUp.note, advice.publication.publicSummary, advice.factCheck?.response]);
  if (text === '' && advice.conclusion === null) return null;
  return {
    ...base,
    id: `conclusion:${advice.caseId}`,
    kind: 'conclusion',
    title: advice.conclusion?.decision ?? '',
    text,
    caseId: advice.caseId,
    date: advice.conclusion?.receivedOn ?? day(advice.updatedAt),
  };
}

export function actionDocument(record: Action): SearchDocument {
  return {
    ...base,
    id: `action:${record.id}`,
    kind: 'action',
    title: record.what,
    text: lines([record.what, record.note]),
    caseId: record.caseId,
    meetingId: record.meetingId,
    place: record.agendaItemId,
    date: record.dueOn || day(record.createdAt),
  };
}

export function meetingDocument(record: Meeting): SearchDocument {
  return {
    ...base,
    id: `meeting:${record.id}`,
    kind: 'meeting',
    title: record.title,
    text: lines([record.title, record.location.text]),
    meetingId: record.id,
    date: record.startsAt.slice(0, 10),
  };
}

export function personDocument(record: Person): SearchDocument {
  return { ...base, id: `person:${record.id}`, kind: 'person', title: record.name, text: lines([record.name, record.discipline, record.organisation]), date: null };
}

type Removable = { deletedAt?: string | null; removedAt?: string | null };
const removed = (record: Removable) => (record.deletedAt ?? null) !== null || (record.removedAt ?? null) !== null;

/**
 * The documents one stored record gives; none for a record that is gone or in
 * the trash. The prefix of every id is the kind, so the old documents of a
 * source can be found again (sourcePrefixes).
 */
export function extractDocuments(table: SearchTable, record: unknown): SearchDocument[] {
  if (record === undefined || record === null || removed(record as Removable)) return [];
  switch (table) {
    case 'cases':
      return [caseDocument(record as Case)];
    case 'caseDescriptions':
      return [descriptionDocument(record as CaseDescription)];
    case 'attachments':
      return [attachmentDocument(record as AttachmentMeta)];
    case 'notes':
      return [noteDocument(record as Note)];
    case 'records':
      return [recordDocument(record as DeliberationRecord)];
    case 'adviceVersions':
      return adviceDocuments(record as AdviceVersion);
    case 'advices': {
      const document = conclusionDocument(record as Advice);
      return document ? [document] : [];
    }
    case 'actions':
      return [actionDocument(record as Action)];
    case 'meetings':
      return [meetingDocument(record as Meeting)];
    case 'people':
      return [personDocument(record as Person)];
  }
}

const prefixes: Record<SearchTable, string> = {
  cases: 'case',
  caseDescriptions: 'description',
  attachments: 'attachment',
  notes: 'note',
  records: 'record',
  adviceVersions: 'advice',
  advices: 'conclusion',
  actions: 'action',
  meetings: 'meeting',
  people: 'person',
};

/** Every document id a source may have given, so an edit or a removal replaces all of them. */
export function documentIds(source: SearchSource): string[] {
  const id = `${prefixes[source.table]}:${source.key}`;
  return source.table === 'adviceVersions' ? [id, `${id}:vertrouwelijk`] : [id];
}
