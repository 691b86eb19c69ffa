/**
 * Reference numbers (zaaknummers) follow a pattern such as `EA-{jjjj}-{nnn}`:
 * `{jjjj}` the four-digit year, `{jj}` its last two digits, and a run of `n`s
 * the sequence number padded to that width. A pattern with a year token numbers
 * per year, so the sequence starts again at 1 on the first of January.
 */
export const defaultReferencePattern = 'EA-{jjjj}-{nnn}';

const sequenceToken = /\{(n+)\}/g;
const yearTokens = /\{jjjj\}|\{jj\}/;
const knownTokens = /\{(jjjj|jj|n+)\}/g;

export type PatternProblem = 'no_sequence' | 'several_sequences' | 'unknown_token' | 'too_long' | 'provisional';

/** Who hands out reference numbers: this machine (solo), or the board's server (board mode), which the case then waits for as a concept. */
export type Numbering = 'local' | 'server';

/*
 * In board mode the server issues the numbers, so that two machines working
 * apart never hand out the same one. Until it has, a case carries a
 * provisional reference: "concept" and the start of its id, which never
 * changes and tells two concept cases apart. The reference is stored as
 * shown, so every list, search and export shows the same words.
 */
export const provisionalPrefix = 'concept-';
const provisionalMarkLength = 8;

export const provisionalReference = (caseId: string): string => `${provisionalPrefix}${caseId.replace(/-/g, '').slice(0, provisionalMarkLength)}`;

export const isProvisionalReference = (reference: string): boolean => reference.startsWith(provisionalPrefix);

export function checkReferencePattern(pattern: string): PatternProblem | null {
  if (pattern.length > 40) return 'too_long';
  const sequences = pattern.match(sequenceToken) ?? [];
  if (sequences.length === 0) return 'no_sequence';
  if (sequences.length > 1) return 'several_sequences';
  if (/[{}]/.test(pattern.replace(knownTokens, ''))) return 'unknown_token';
  // A number from such a pattern would read as not yet issued.
  if (isProvisionalReference(pattern)) return 'provisional';
  return null;
}

/** The counter a pattern draws from: one per year when the pattern shows the year. */
export function sequenceKey(pattern: string, year: number): string {
  return yearTokens.test(pattern) ? `reference:${year}` : 'reference';
}

export function formatReference(pattern: string, year: number, sequence: number): string {
  return pattern.replace(knownTokens, (_token, name: string) => {
    if (name === 'jjjj') return String(year).padStart(4, '0');
    if (name === 'jj') return String(year % 100).padStart(2, '0');
    return String(sequence).padStart(name.length, '0');
  });
}

/** The references the counter would hand out after `after`, in order, before any taken number is skipped. */
export function referenceCandidates(pattern: string, year: number, after: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => formatReference(pattern, year, after + index + 1));
}
