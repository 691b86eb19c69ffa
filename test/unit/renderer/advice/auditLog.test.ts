import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '@shared/advice/adviceSchema';
import { createAuditLog, type AuditLog } from '../../../../renderer/advice/auditLog';
import type { BeraadDb } from '../../../../renderer/db/database';
import { testDatabase } from '../db/testDatabase';

const by = 'Sanne Secretaris';
const started = { subject: 'advice', action: 'started', detail: {} } as const;
const stepped = { subject: 'version', action: 'status.review', detail: { version: 1 } } as const;

describe('audit log', () => {
  let db: BeraadDb;
  let log: AuditLog;
  const subscriptions: { unsubscribe(): void }[] = [];

  beforeEach(() => {
    db = testDatabase();
    log = createAuditLog(db);
  });

  afterEach(() => {
    subscriptions.splice(0).forEach((subscription) => subscription.unsubscribe());
    db.close();
  });

  /** Every trail the log emits for the case, in the order it emitted them. */
  function watch(caseId: string): AuditEvent[][] {
    const emitted: AuditEvent[][] = [];
    subscriptions.push(
      log.watch(caseId).subscribe({
        next: (trail) => emitted.push(trail),
        error: (error) => {
          throw error;
        },
      }),
    );
    return emitted;
  }

  it('emits a case’s trail again after an entry for that case, and not after another case’s entry', async () => {
    const caseA = crypto.randomUUID();
    const caseB = crypto.randomUUID();
    await log.append(caseA, new Date('2026-06-01T10:00:00Z'), by, started);

    const trailA = watch(caseA);
    const trailB = watch(caseB);
    await vi.waitFor(() => expect(trailA.map((trail) => trail.map((e) => e.action))).toEqual([['started']]));
    await vi.waitFor(() => expect(trailB).toEqual([[]]));

    await log.append(caseB, new Date('2026-06-01T10:05:00Z'), by, started);
    // Case B's own watcher seeing its entry shows the write has been announced to every watcher.
    await vi.waitFor(() => expect(trailB).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(trailA).toHaveLength(1);

    await log.append(caseA, new Date('2026-06-01T10:10:00Z'), by, stepped);
    await vi.waitFor(() => expect(trailA).toHaveLength(2));
    expect(trailA[1]!.map((e) => [e.caseId, e.action])).toEqual([
      [caseA, 'started'],
      [caseA, 'status.review'],
    ]);
  });
});
