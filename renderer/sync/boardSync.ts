import type { BeraadDb } from '../db/database';
import { connectBoard } from './boardConnection';
import { createDocumentStore } from './documentStore';
import { createSyncEngine } from './syncEngine';
import type { SyncOutbox } from './syncOutbox';

/**
 * Everything board mode runs, behind one dynamic import: Yjs and the
 * Hocuspocus provider load only on a machine that shares, so working alone
 * starts as quickly as before.
 */
export function createBoardSync(db: BeraadDb, outbox: SyncOutbox, onProblem: (error: unknown) => void) {
  return { engine: createSyncEngine(db, outbox, createDocumentStore(db), onProblem), connectBoard };
}

export type BoardSync = ReturnType<typeof createBoardSync>;
