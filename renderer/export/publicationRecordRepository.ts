import type { DecisionRecord } from '@shared/publication/publicationRecord';
import { publicationRecordSchema, type PublicationRecord } from '@shared/publication/publicationRecord';
import { parseOrThrow } from '@shared/util/validation';
import { createAuditLog } from '../advice/auditLog';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { serviceKey } from '../services/serviceKey';

/**
 * The review before publication per advice version: its decisions, and the
 * fingerprint of each public file made. Each write lands in the case's
 * audit trail in the same transaction.
 */
export function createPublicationRecordRepository(db: BeraadDb, clock: Clock = systemClock) {
  const audit = createAuditLog(db);
  const tables = [db.publicationRecords, db.auditEvents];
  const empty = (versionId: string, caseId: string): PublicationRecord => ({ versionId, caseId, decisions: [], exports: [], updatedAt: clock().toISOString() });

  return {
    get: (versionId: string): Promise<PublicationRecord | undefined> => db.publicationRecords.get(versionId),

    forCase: (caseId: string): Promise<PublicationRecord[]> => db.publicationRecords.where('caseId').equals(caseId).toArray(),

    /** The review's decisions for a version; a later decision on the same finding replaces the earlier one. */
    saveDecisions(versionId: string, caseId: string, decisions: readonly DecisionRecord[], by: string): Promise<PublicationRecord> {
      return db.transaction('rw', tables, async () => {
        const at = clock();
        const stored = (await db.publicationRecords.get(versionId)) ?? empty(versionId, caseId);
        const byKey = new Map(stored.decisions.map((d) => [d.key, d]));
        for (const decision of decisions) byKey.set(decision.key, decision);
        const next = parseOrThrow(publicationRecordSchema, { ...stored, decisions: [...byKey.values()], updatedAt: at.toISOString() });
        await db.publicationRecords.put(next);
        await audit.append(caseId, at, by, {
          subject: 'publication',
          action: 'reviewed',
          detail: { decisions: decisions.length, kept: decisions.filter((d) => d.decision === 'not_a_name').length },
        });
        return next;
      });
    },

    /** A public file that was made of the version, with its SHA-256. */
    recordExport(versionId: string, caseId: string, fileName: string, sha256: string, by: string): Promise<PublicationRecord> {
      return db.transaction('rw', tables, async () => {
        const at = clock();
        const stored = (await db.publicationRecords.get(versionId)) ?? empty(versionId, caseId);
        const exports = [...stored.exports, { at: at.toISOString(), by, fileName, sha256 }];
        const next = parseOrThrow(publicationRecordSchema, { ...stored, exports, updatedAt: at.toISOString() });
        await db.publicationRecords.put(next);
        await audit.append(caseId, at, by, { subject: 'publication', action: 'exported', detail: { fileName, sha256 } });
        return next;
      });
    },
  };
}

export type PublicationRecordRepository = ReturnType<typeof createPublicationRecordRepository>;
export const publicationRecordRepositoryKey = serviceKey<PublicationRecordRepository>('publicationRecords');
