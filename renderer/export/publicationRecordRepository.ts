import type { DecisionRecord } from '@shared/publication/publicationRecord';
import { publicationRecordSchema, type PublicationRecord } from '@shared/publication/publicationRecord';
import { roleLabels } from '@shared/export/documentTexts';
import type { Person, PersonInput } from '@shared/people/personSchema';
import { parseOrThrow } from '@shared/util/validation';
import { createAuditLog } from '../advice/auditLog';
import { createPeopleRepository } from '../people/peopleRepository';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

/**
 * The review before publication per advice version: its decisions, and the
 * fingerprint of each public file made. Each write lands in the case's
 * audit trail in the same transaction.
 */
export function createPublicationRecordRepository(db: BeraadDb, clock: Clock = systemClock) {
  const audit = createAuditLog(db);
  const tables = [db.publicationRecords, db.auditEvents];
  const empty = (versionId: string, caseId: string): PublicationRecord => ({ versionId, caseId, decisions: [], exports: [], updatedAt: clock().toISOString() });
  const people = createPeopleRepository(db, clock);

  async function withDecisions(versionId: string, caseId: string, decisions: readonly DecisionRecord[], at: Date): Promise<PublicationRecord> {
    const stored = (await db.publicationRecords.get(versionId)) ?? empty(versionId, caseId);
    const byKey = new Map(stored.decisions.map((d) => [d.key, d]));
    for (const decision of decisions) byKey.set(decision.key, decision);
    const next = parseOrThrow(publicationRecordSchema, { ...stored, decisions: [...byKey.values()], updatedAt: at.toISOString() });
    await db.publicationRecords.put(next);
    return next;
  }

  return {
    get: (versionId: string): Promise<PublicationRecord | undefined> => db.publicationRecords.get(versionId),

    forCase: (caseId: string): Promise<PublicationRecord[]> => db.publicationRecords.where('caseId').equals(caseId).toArray(),

    /** The review's decisions for a version; a later decision on the same finding replaces the earlier one. */
    saveDecisions(versionId: string, caseId: string, decisions: readonly DecisionRecord[], by: string): Promise<PublicationRecord> {
      return db.transaction('rw', tables, async () => {
        const at = clock();
        const next = await withDecisions(versionId, caseId, decisions, at);
        await audit.append(caseId, at, by, {
          subject: 'publication',
          action: 'reviewed',
          detail: { decisions: decisions.length, kept: decisions.filter((d) => d.decision === 'not_a_name').length },
        });
        return next;
      });
    },

    /**
     * The review's "add to the register": the person a found text names joins
     * the people register, and the decision is kept with the version, in one
     * transaction with its audit entry, so neither happens without the other.
     */
    addToRegister(versionId: string, caseId: string, key: string, person: PersonInput, by: string): Promise<Person> {
      return db.transaction('rw', [db.people, ...tables], async () => {
        const at = clock();
        const added = await people.create(person);
        await withDecisions(versionId, caseId, [{ key, decision: 'add_to_register' }], at);
        await audit.append(caseId, at, by, { subject: 'publication', action: 'addedToRegister', detail: { name: added.name, role: added.roles.map((role) => roleLabels[role]).join(', ') } });
        return added;
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
