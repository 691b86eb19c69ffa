import { provisionalReference, type Numbering } from '../cases/reference';
import type { AgendaItem } from '../meetings/meetingSchema';
import type { Refusal } from './refusal';
import { emptyTables, recordKey, type BackupRecord, type TableName, type TableRecords } from './tables';

/** Tables whose records belong to one case through their `caseId` (the case itself by `id`). */
export const caseOwnedTables = [
  'caseDescriptions',
  'attachments',
  'caseBoards',
  'notes',
  'records',
  'actions',
  'advices',
  'adviceVersions',
  'auditEvents',
] as const satisfies readonly TableName[];

/** Records a case refers to but shares with others: added when missing, never overwritten. */
export const sharedTables = ['people', 'methodTemplates', 'meetings'] as const satisfies readonly TableName[];

/** Machine-wide state that never travels with a case. */
const machineTables = ['counters', 'settings', 'drafts'] as const satisfies readonly TableName[];

/** What the package reader may hold apart from the case; the rest of its tables are case-owned. */
export interface CaseCandidates {
  caseRecord: BackupRecord;
  owned: Partial<Record<(typeof caseOwnedTables)[number], BackupRecord[]>>;
  noteRevisions: BackupRecord[];
  people: BackupRecord[];
  methodTemplates: BackupRecord[];
  meetings: BackupRecord[];
}

const strings = (values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string');

function referencedPeople(tables: TableRecords): Set<string> {
  const ids: unknown[] = [];
  for (const board of tables.caseBoards) {
    const { members, conflicts } = board as { members: { personId: string }[]; conflicts: { personId: string }[] };
    ids.push(...members.map((m) => m.personId), ...conflicts.map((c) => c.personId));
  }
  for (const action of tables.actions) ids.push(action.ownerId);
  for (const meeting of tables.meetings) ids.push(...(meeting.attendees as string[]), ...(meeting.absentees as string[]));
  for (const version of tables.adviceVersions) {
    const { reviews, working } = version as { reviews: { personId: string }[]; working: { participants: { personId: string }[] } };
    ids.push(...reviews.map((r) => r.personId), ...working.participants.map((p) => p.personId));
  }
  return new Set(strings(ids));
}

/**
 * What a case package carries: the case, everything that belongs to it, the
 * revisions of its notes, and the people, method versions and meetings it
 * refers to. A meeting keeps only this case's agenda items, so a package never
 * shows what else a meeting discussed.
 */
export function selectCasePackage(candidates: CaseCandidates): TableRecords {
  const caseId = candidates.caseRecord.id as string;
  const tables = emptyTables();
  tables.cases = [candidates.caseRecord];
  for (const table of caseOwnedTables) tables[table] = (candidates.owned[table] ?? []).filter((r) => r.caseId === caseId);
  const noteIds = new Set(tables.notes.map((note) => note.id));
  tables.noteRevisions = candidates.noteRevisions.filter((revision) => noteIds.has(revision.noteId));
  tables.meetings = candidates.meetings
    .filter((meeting) => (meeting.caseIds as string[]).includes(caseId))
    .map((meeting) => ({
      ...meeting,
      agenda: (meeting.agenda as { caseId: string }[]).filter((item) => item.caseId === caseId),
      caseIds: [caseId],
    }));
  const usedTemplates = new Set(tables.records.map((r) => { const t = r.template as { id: string; version: number }; return `${t.id}\u001f${t.version}`; }));
  tables.methodTemplates = candidates.methodTemplates.filter((t) => usedTemplates.has(recordKey('methodTemplates', t)));
  const people = referencedPeople(tables);
  tables.people = candidates.people.filter((person) => people.has(person.id as string));
  return tables;
}

/** A package read from disk holds one case and only what belongs to it. */
export function checkPackageScope(caseId: string, tables: TableRecords): Refusal | null {
  const foreign = (table: TableName, record: BackupRecord): Refusal => ({ code: 'foreignRecord', table, id: String(record.id ?? record.caseId ?? record.key) });
  const stranger = tables.cases.find((c) => c.id !== caseId);
  if (stranger) return foreign('cases', stranger);
  if (tables.cases.length !== 1) return { code: 'tableMissing', table: 'cases' };
  for (const table of caseOwnedTables) {
    const outside = tables[table].find((record) => record.caseId !== caseId);
    if (outside) return foreign(table, outside);
  }
  const noteIds = new Set(tables.notes.map((note) => note.id));
  const orphan = tables.noteRevisions.find((revision) => !noteIds.has(revision.noteId));
  if (orphan) return foreign('noteRevisions', orphan);
  const otherMeeting = tables.meetings.find((m) => (m.caseIds as string[]).some((id) => id !== caseId));
  if (otherMeeting) return foreign('meetings', otherMeeting);
  for (const table of machineTables) if (tables[table][0]) return foreign(table, tables[table][0]);
  return null;
}

export const importChoices = ['mine', 'theirs', 'both'] as const;
export type ImportChoice = (typeof importChoices)[number];

export interface LocalState {
  /** The reference of the case with the package's id on this machine; null when it is not here. */
  localReference: string | null;
  /** References of the cases on this machine. */
  references: ReadonlySet<string>;
  /** Keys (see recordKey) of people, method versions and meetings already here. */
  sharedKeys: { [T in (typeof sharedTables)[number]]: ReadonlySet<string> };
  /** Who numbers cases here: this machine, or the board's server (board mode), for which a case new to the board is a concept until it numbers it. */
  numbering: Numbering;
}

export interface ImportPlan {
  /** The local case whose records are replaced first ("take theirs"), or null. */
  replaceCaseId: string | null;
  add: TableRecords;
  /** The case as it will be stored (a copy gets a new id and, when needed, a new reference). */
  caseId: string;
  reference: string;
  /** Old id → new id, for a copy: attachment bytes are looked up by the new id. */
  renamed: ReadonlyMap<string, string>;
  /** For a copy: meetings here that discussed the case get the copy on their agenda too. */
  agendaAdditions: AgendaAddition[];
}

/** The first of `EA-2026-001 (2)`, `(3)`, … not in use: a copy must not take another case's number. */
export function freeReference(reference: string, taken: ReadonlySet<string>): string {
  if (!taken.has(reference)) return reference;
  for (let n = 2; ; n++) {
    const candidate = `${reference.slice(0, 52)} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** New ids for the case, everything it owns and its agenda items, with the references between them rewritten. */
function copyWithNewIds(pkg: TableRecords, newId: () => string, ids: Map<string, string>): TableRecords {
  const mapped = (id: unknown) => {
    if (typeof id !== 'string') return id;
    if (!ids.has(id)) ids.set(id, newId());
    return ids.get(id)!;
  };
  const copy = { ...pkg };
  const caseId = mapped(pkg.cases[0]!.id);
  copy.cases = pkg.cases.map((c) => ({ ...c, id: caseId }));
  for (const table of caseOwnedTables) {
    copy[table] = pkg[table].map((record) => ({
      ...record,
      caseId,
      ...(typeof record.id === 'string' ? { id: mapped(record.id) } : {}),
      ...(typeof record.agendaItemId === 'string' ? { agendaItemId: mapped(record.agendaItemId) } : {}),
    }));
  }
  copy.noteRevisions = pkg.noteRevisions.map((r) => ({ ...r, id: mapped(r.id), noteId: mapped(r.noteId) }));
  // The same meetings, with the copy on their agenda: its notes and records were taken there.
  copy.meetings = pkg.meetings.map((meeting) => ({
    ...meeting,
    agenda: (meeting.agenda as AgendaItem[]).map((item) => ({ ...item, id: mapped(item.id), caseId })),
    caseIds: [caseId],
  }));
  return copy;
}

/** A meeting already here that gets the copy's agenda items added. */
export interface AgendaAddition {
  meetingId: string;
  items: AgendaItem[];
}

/**
 * What importing a case package writes, for the user's choice when the case
 * is already here. Nothing is ever overwritten silently: "mine" writes nothing,
 * "theirs" replaces this case's records, "both" adds a copy under new ids.
 * Shared records (people, method versions, meetings) are only added when
 * missing; the one change to a record here is a copy joining the agenda of
 * a meeting that discussed the case, so its notes have a place.
 */
export function planCaseImport(pkg: TableRecords, local: LocalState, choice: ImportChoice, newId: () => string): ImportPlan | null {
  const original = pkg.cases[0]!;
  const caseExists = local.localReference !== null;
  if (caseExists && choice === 'mine') return null;
  const copying = caseExists && choice === 'both';
  const renamed = new Map<string, string>();
  const incoming = copying ? copyWithNewIds(pkg, newId, renamed) : pkg;
  const add = emptyTables();
  const taken = new Set(local.references);
  if (caseExists && choice === 'theirs') taken.delete(local.localReference!);
  // On a board the number is the server's: another machine may have given the package's number to a case of its own.
  const reference =
    local.numbering === 'local'
      ? freeReference(original.reference as string, taken)
      : caseExists && choice === 'theirs'
        ? local.localReference!
        : provisionalReference(incoming.cases[0]!.id as string);
  add.cases = incoming.cases.map((c) => ({ ...c, reference }));
  for (const table of caseOwnedTables) add[table] = incoming[table];
  add.noteRevisions = incoming.noteRevisions;
  for (const table of sharedTables) add[table] = incoming[table].filter((record) => !local.sharedKeys[table].has(recordKey(table, record)));
  const agendaAdditions: AgendaAddition[] = copying
    ? incoming.meetings
        .filter((meeting) => local.sharedKeys.meetings.has(recordKey('meetings', meeting)))
        .map((meeting) => ({ meetingId: meeting.id as string, items: meeting.agenda as AgendaItem[] }))
    : [];
  return {
    replaceCaseId: caseExists && choice === 'theirs' ? (original.id as string) : null,
    add,
    caseId: add.cases[0]!.id as string,
    reference,
    renamed,
    agendaAdditions,
  };
}
