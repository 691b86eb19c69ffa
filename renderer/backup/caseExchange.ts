import Dexie, { type Table } from 'dexie';
import { caseOwnedTables, planCaseImport, selectCasePackage, type AgendaAddition, type ImportChoice, type ImportPlan } from '@shared/backup/casePackage';
import { checkKeysFree } from '@shared/backup/checkRecords';
import type { ValidBackup } from '@shared/backup/readBackup';
import { refuse, type Checked } from '@shared/backup/refusal';
import { backupTables, recordKey, tableNames, type BackupRecord, type TableName } from '@shared/backup/tables';
import { packTables, writeBackup } from '@shared/backup/writeBackup';
import { maxAgendaItems } from '@shared/meetings/meetingSchema';
import type { Numbering } from '@shared/cases/reference';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';
import { toRecord } from '../meetings/meetingRepository';
import { currentSchemaVersion, rawTable, splitAttachments, withBlob } from './backupRepository';

/** A case's records through whichever index the table has for its case id. */
function recordsOfCase(table: Table<BackupRecord>, caseId: string): Promise<BackupRecord[]> {
  const { primKey, idxByName, indexes } = table.schema;
  if (primKey.keyPath === 'caseId') return table.where(':id').equals(caseId).toArray();
  if (idxByName.caseId) return table.where('caseId').equals(caseId).toArray();
  const compound = indexes.find((index) => Array.isArray(index.keyPath) && index.keyPath[0] === 'caseId');
  if (compound) return table.where(compound.name).between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
  return table.filter((record) => record.caseId === caseId).toArray();
}

const safeName = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);

/** `numbering`: who numbers a case new here now, as for a registration (the server in board mode). */
export function createCaseExchange(db: BeraadDb, appVersion: string, clock: Clock = systemClock, numbering: () => Numbering = () => 'local') {
  async function ownedBy(caseId: string) {
    const owned = Object.fromEntries(
      await Promise.all(caseOwnedTables.map(async (table) => [table, await recordsOfCase(rawTable(db, table), caseId)] as const)),
    ) as Record<(typeof caseOwnedTables)[number], BackupRecord[]>;
    const noteRevisions = (
      await Promise.all(
        owned.notes.map((note) =>
          rawTable(db, 'noteRevisions').where('[noteId+createdAt]').between([note.id, Dexie.minKey], [note.id, Dexie.maxKey]).toArray(),
        ),
      )
    ).flat();
    return { owned, noteRevisions };
  }

  return {
    /** The case and all that belongs to it as a package another board member can import. */
    async exportCase(caseId: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
      const candidates = await db.transaction('r', db.tables, async () => {
        const caseRecord = await rawTable(db, 'cases').get(caseId);
        if (!caseRecord) throw new Error(`Casus ${caseId} bestaat niet`);
        const { owned, noteRevisions } = await ownedBy(caseId);
        const [people, methodTemplates, meetings] = await Promise.all([
          rawTable(db, 'people').toArray(),
          rawTable(db, 'methodTemplates').toArray(),
          rawTable(db, 'meetings').where('caseIds').equals(caseId).toArray(),
        ]);
        return { caseRecord, owned, noteRevisions, people, methodTemplates, meetings };
      });
      const tables = selectCasePackage(candidates);
      const { records, files } = await splitAttachments(tables.attachments);
      tables.attachments = records;
      const reference = String(candidates.caseRecord.reference);
      const bytes = await writeBackup(
        { tables: packTables(tables), files },
        {
          kind: 'case',
          appVersion,
          schemaVersion: currentSchemaVersion,
          createdAt: clock(),
          case: { id: caseId, reference, title: String(candidates.caseRecord.title) },
        },
      );
      return { bytes, fileName: `beraad-casus-${safeName(reference)}.zip` };
    },

    /** The local reference of the package's case, or null when the case is new here. */
    async localReference(pkg: ValidBackup): Promise<string | null> {
      const local = await rawTable(db, 'cases').get(pkg.manifest.case!.id);
      return local ? String(local.reference) : null;
    },

    /**
     * Imports a checked package in one transaction, as the user chose. Returns
     * what was written, or null when "keep mine" left everything as it was; a
     * refusal, with nothing written, when a record's id is taken here by
     * another case.
     */
    async importCase(pkg: ValidBackup, choice: ImportChoice): Promise<Checked<ImportPlan | null>> {
      return db.transaction('rw', db.tables, async () => {
        const caseId = pkg.manifest.case!.id;
        const [local, references, people, methodTemplates, meetings] = await Promise.all([
          rawTable(db, 'cases').get(caseId),
          db.cases.orderBy('reference').keys(),
          rawTable(db, 'people').toCollection().primaryKeys(),
          rawTable(db, 'methodTemplates').toArray(),
          rawTable(db, 'meetings').toCollection().primaryKeys(),
        ]);
        const plan = planCaseImport(
          pkg.tables,
          {
            localReference: local ? String(local.reference) : null,
            references: new Set(references.map(String)),
            sharedKeys: {
              people: new Set(people.map(String)),
              methodTemplates: new Set(methodTemplates.map((t) => recordKey('methodTemplates', t))),
              meetings: new Set(meetings.map(String)),
            },
            numbering: numbering(),
          },
          choice,
          () => crypto.randomUUID(),
        );
        if (plan === null) return { ok: true, value: null };
        const replaced = plan.replaceCaseId === null ? null : await ownedBy(plan.replaceCaseId);
        const clash = checkKeysFree(plan.add, await keysTaken(plan.add, replaced));
        if (clash) return refuse(clash);
        if (plan.replaceCaseId !== null) await removeCase(plan.replaceCaseId, replaced!);
        const files = new Map(pkg.files);
        for (const [from, to] of plan.renamed) if (pkg.files.has(from)) files.set(to, pkg.files.get(from)!);
        for (const table of tableNames) {
          const rows = table === 'attachments' ? plan.add.attachments.map((r) => withBlob(r, files)) : plan.add[table];
          if (rows.length > 0) await rawTable(db, table).bulkAdd(rows);
        }
        for (const addition of plan.agendaAdditions) await addToAgenda(addition);
        return { ok: true, value: plan };
      });
    },
  };

  /**
   * Puts a copied case on the agenda of a meeting here. A full agenda stays as
   * it is: the copy's notes are still kept, under the copy, but that meeting
   * does not list it.
   */
  async function addToAgenda({ meetingId, items }: AgendaAddition): Promise<void> {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting || meeting.agenda.length + items.length > maxAgendaItems) return;
    const { caseIds: _caseIds, ...stored } = meeting;
    await db.meetings.put(toRecord({ ...stored, agenda: [...meeting.agenda, ...items], updatedAt: clock().toISOString() }));
  }

  /**
   * The keys of the case-owned records to add that are already here, leaving
   * out those of the case "take theirs" replaces. Shared records are only
   * added when missing and the case's own key is planned, so they never clash.
   */
  async function keysTaken(add: Record<TableName, BackupRecord[]>, replaced: Awaited<ReturnType<typeof ownedBy>> | null) {
    const taken: Partial<Record<TableName, Set<string>>> = {};
    for (const table of [...caseOwnedTables, 'noteRevisions'] as const) {
      const keys = add[table].map((record) => record[backupTables[table].key[0]!] as string);
      if (keys.length === 0) continue;
      const mine = new Set((table === 'noteRevisions' ? replaced?.noteRevisions : replaced?.owned[table])?.map((record) => recordKey(table, record)));
      const here = await rawTable(db, table).where(':id').anyOf(keys).primaryKeys();
      taken[table] = new Set(here.map(String).filter((key) => !mine.has(key)));
    }
    return taken;
  }

  /** Everything of one case, before "take theirs" puts the package's version in its place. */
  async function removeCase(caseId: string, { owned, noteRevisions }: Awaited<ReturnType<typeof ownedBy>>): Promise<void> {
    await rawTable(db, 'noteRevisions').bulkDelete(noteRevisions.map((r) => r.id as string));
    for (const table of caseOwnedTables) {
      const [keyField] = backupTables[table].key;
      await rawTable(db, table).bulkDelete(owned[table].map((record) => record[keyField] as string));
    }
    await rawTable(db, 'cases').delete(caseId);
  }
}

export type CaseExchange = ReturnType<typeof createCaseExchange>;
