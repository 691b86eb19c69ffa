import type { Hello } from './handshake';

/**
 * What the app and the board server agree on. The wire protocol itself is
 * Hocuspocus'; this is only Beraad's part on top: which documents exist, how
 * they are named, and how the app tells that an address is a Beraad server of
 * a version it speaks.
 */
/**
 * 2: every connection carries an account's access token.
 * 3: a removed record is a mark in it (`shared/sync/recordMap.ts`), not the record taken out,
 * so an app of version 2 would still show it; the board's document holds the board's settings.
 */
export const syncProtocolVersion = 3;

/** Served by the board server over plain HTTP next to the WebSocket, so a wrong address gets a clear answer. */
export const serverInfoPath = '/beraad/info';

/** The board's shared document: people, meetings and agendas, methods, shared settings. */
export const boardDocumentName = 'board';
const casePrefix = 'case/';
const caseIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function caseDocumentName(caseId: string): string {
  return `${casePrefix}${caseId}`;
}

export type DocumentRef = { kind: 'board' } | { kind: 'case'; caseId: string };

/** Reads a document name; anything else (a typo, a probe, a path) is no document of ours. */
export function parseDocumentName(name: string): DocumentRef | null {
  if (name === boardDocumentName) return { kind: 'board' };
  if (!name.startsWith(casePrefix)) return null;
  const caseId = name.slice(casePrefix.length);
  return caseIdPattern.test(caseId) ? { kind: 'case', caseId } : null;
}

/**
 * What the app sends as its connection token: the version of the document
 * layout it speaks, so a server of another version refuses before a single
 * update is exchanged, and the account's short-lived access token (none
 * when this machine is not signed in, which the server refuses as such).
 */
export const helloToken = (accessToken: string | null): string =>
  JSON.stringify({ protocol: syncProtocolVersion, ...(accessToken === null ? {} : { accessToken }) } satisfies Hello);

/** Why the server refuses a connection, as the `reason` of an authentication failure; the app words each in Dutch. */
export const syncRefusals = ['other_version', 'unknown_document', 'unauthenticated', 'token_expired', 'forbidden'] as const;
export type SyncRefusal = (typeof syncRefusals)[number];
export const isSyncRefusal = (reason: string): reason is SyncRefusal => (syncRefusals as readonly string[]).includes(reason);
