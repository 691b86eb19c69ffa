import type { CaseStatus } from '../cases/status';

/** What a result is, in the order the results show their groups. */
export const searchKinds = ['case', 'description', 'attachment', 'note', 'record', 'advice', 'conclusion', 'action', 'meeting', 'person'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * One searchable piece of the record, made from one stored record (a case's
 * description from its own record). `place` is what opens the exact spot: the
 * agenda item of a note or deliberation record, the version of an advice.
 */
export interface SearchDocument {
  /** `kind:recordId`, with `:vertrouwelijk` for the confidential part of an advice version. */
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
  caseId: string | null;
  meetingId: string | null;
  place: string | null;
  /** The day the period filter looks at (yyyy-mm-dd), or null where a period means nothing. */
  date: string | null;
  /** Text that is left out of what is published; who sees it is decided in visibility.ts. */
  confidential: boolean;
  /** For a case: what the filters and the comparison of cases read. */
  facets: CaseFacets | null;
}

export interface CaseFacets {
  reference: string;
  receivedOn: string;
  status: CaseStatus;
  themes: string[];
  values: string[];
  technology: string;
}

/** A stored record by the table it lives in, which is how changes reach the index. */
export type SearchSource =
  | { table: 'cases'; key: string }
  | { table: 'caseDescriptions'; key: string }
  | { table: 'attachments'; key: string }
  | { table: 'notes'; key: string }
  | { table: 'records'; key: string }
  | { table: 'adviceVersions'; key: string }
  | { table: 'advices'; key: string }
  | { table: 'actions'; key: string }
  | { table: 'meetings'; key: string }
  | { table: 'people'; key: string };

export type SearchTable = SearchSource['table'];
export const searchTables: readonly SearchTable[] = [
  'cases',
  'caseDescriptions',
  'attachments',
  'notes',
  'records',
  'adviceVersions',
  'advices',
  'actions',
  'meetings',
  'people',
];
