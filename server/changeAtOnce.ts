import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';

/** The server's own connection to a document, as Hocuspocus opens it. */
export type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/**
 * Changes a document through the server's own connection as one Yjs
 * transaction, so it goes out as one update. Hocuspocus's `transact` hands
 * over the document without opening one: each field set would be an update
 * of its own, and a member's app would receive a record before its fields
 * (an empty audit entry, which it refuses) or a decision before its entry.
 */
export function changeAtOnce(connection: DirectConnection, change: (doc: Y.Doc) => void): Promise<void> {
  return connection.transact((doc) => doc.transact(() => change(doc)));
}
