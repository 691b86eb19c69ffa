import Dexie, { liveQuery } from 'dexie';
import type { AuditEvent } from '@shared/advice/adviceSchema';
import { parseOrThrow } from '@shared/util/validation';
import type { BeraadDb } from '../db/database';
import { lazySchema } from '../db/lazySchema';
import { serviceKey } from '../services/serviceKey';

export type AuditEntry = Omit<AuditEvent, 'id' | 'caseId' | 'at' | 'actor'>;

/*
 * Append-only: this module is the only writer of auditEvents and it only adds.
 * Autosave writes every second or so; an edit is logged once per actor, version
 * and set of parts within a quarter of an hour, so the trail stays readable.
 */
const editWindowMs = 15 * 60 * 1000;

const auditEventSchema = lazySchema(() => import('@shared/advice/adviceSchema').then((module) => module.auditEventSchema));

export function createAuditLog(db: BeraadDb) {
  const range = (caseId: string) => db.auditEvents.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);

  return {
    /*
     * Entries of one case get strictly increasing times (a millisecond later
     * than the last one when the clock has not moved on), so the trail has one
     * order and "the last entry" is always well defined.
     */
    async append(caseId: string, at: Date, actor: string, entry: AuditEntry): Promise<void> {
      const last = await range(caseId).last();
      const time = last && Date.parse(last.at) >= at.getTime() ? new Date(Date.parse(last.at) + 1) : at;
      await db.auditEvents.add(
        parseOrThrow(await auditEventSchema(), { ...entry, id: crypto.randomUUID(), caseId, at: time.toISOString(), actor }),
      );
    },

    /** Logs an edit unless the same actor's last entry already says the same within the window. */
    async appendEdit(caseId: string, at: Date, actor: string, entry: AuditEntry & { detail: { parts: string } }): Promise<void> {
      const last = await range(caseId).last();
      const covered =
        last !== undefined &&
        last.action === entry.action &&
        last.actor === actor &&
        last.detail.version === entry.detail.version &&
        entry.detail.parts.split(',').every((part) => String(last.detail.parts).split(',').includes(part)) &&
        at.getTime() - Date.parse(last.at) < editWindowMs;
      if (!covered) await this.append(caseId, at, actor, entry);
    },

    forCase: (caseId: string): Promise<AuditEvent[]> => range(caseId).toArray(),

    /*
     * The same trail, emitted again after every change to this case's range of
     * the index, whichever screen or window wrote it: autosave appends entries
     * that no page state tracks, so a screen that only read once would go stale.
     */
    watch: (caseId: string) => liveQuery(() => range(caseId).toArray()),
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
/** Apart from the advice repository, whose code loads on first use: a screen follows the trail as it grows. */
export const auditLogKey = serviceKey<AuditLog>('auditLog');
