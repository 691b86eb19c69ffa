import type { BeraadDb } from './database';

/**
 * Unfinished form input, kept so a half-typed registration survives a crash.
 * Drafts are raw and unvalidated by design: validation happens on submit.
 */
export function createDraftRepository(db: BeraadDb) {
  return {
    load: async (key: string): Promise<unknown> => (await db.drafts.get(key))?.value,
    save: (key: string, value: unknown) => db.drafts.put({ key, value, updatedAt: new Date().toISOString() }),
    discard: (key: string) => db.drafts.delete(key),
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;
