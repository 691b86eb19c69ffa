import type { Advice, AdviceVersion } from '@shared/advice/adviceSchema';
import type { NameRole } from '@shared/publication/nameFinder';
import type { Period } from '@shared/advice/register';
import type { PublishedAdvice } from '@shared/export/publicationRegister';
import type { PublicExport } from '@shared/publication/publicationRecord';
import { isBlankDoc } from '@shared/cases/blankDoc';
import type { Case } from '@shared/cases/caseSchema';
import type { AdviceSource, MeetingOnCase } from '@shared/export/adviceExportModel';
import { summarizeRecord } from '@shared/export/deliberationSummary';
import { roleLabels } from '@shared/export/documentTexts';
import type { MeetingExportModel } from '@shared/export/meetingDocuments';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import type { Settings } from '@shared/settings/settingsSchema';
import type { BeraadDb } from '../db/database';

type Naming = Pick<Settings, 'organisationName' | 'publicNaming'>;

/** The version a document shows: the newest issued one, or for an advice not issued yet its newest version. */
function versionToExport(advice: Advice): string {
  return (advice.versions.filter((v) => v.status === 'issued').at(-1) ?? advice.versions.at(-1)!).id;
}

/** Everyone who may be named, by the role they have on this case's board, else their first role. */
function namesByRole(people: readonly Person[], board: CaseBoard | undefined): NameRole[] {
  return people.map((person) => {
    const role = board?.members.find((m) => m.personId === person.id)?.role ?? person.roles[0] ?? 'lid';
    return { name: person.name, role: roleLabels[role] };
  });
}

const templateKey = (ref: { id: string; version: number }) => `${ref.id}@${ref.version}`;

async function templatesFor(db: BeraadDb, records: readonly DeliberationRecord[]): Promise<Map<string, MethodTemplate>> {
  const found = await db.methodTemplates.bulkGet(records.map((r) => [r.template.id, r.template.version]));
  return new Map(found.filter((t): t is MethodTemplate => t !== undefined).map((t) => [templateKey(t), t]));
}

/** Reads for the Word exports; every read of a document happens in one transaction so it is consistent. */
export function createExportQuery(db: BeraadDb) {
  async function meetingsOnCase(caseId: string, people: ReadonlyMap<string, Person>): Promise<MeetingOnCase[]> {
    const meetings = (await db.meetings.where('caseIds').equals(caseId).toArray())
      .filter((m) => m.deletedAt === null)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const records = (await db.records.where('caseId').equals(caseId).toArray()).filter((r) => r.deletedAt === null);
    const templates = await templatesFor(db, records);
    const nameOf = (id: string) => people.get(id)?.name ?? '?';
    return meetings.map((meeting) => {
      const record = records.find((r) => r.meetingId === meeting.id);
      return {
        title: meeting.title,
        startsAt: meeting.startsAt,
        present: meeting.attendees.map(nameOf),
        absent: meeting.absentees.map(nameOf),
        record: record ? summarizeRecord(record, templates.get(templateKey(record.template))) : null,
      };
    });
  }

  function source(
    kase: Case,
    advice: Advice,
    version: AdviceVersion,
    people: readonly Person[],
    board: CaseBoard | undefined,
    naming: Naming,
    publishedPrecedents: readonly string[],
  ): AdviceSource {
    return {
      caseRecord: kase,
      advice,
      version,
      people: namesByRole(people, board),
      bodyName: naming.organisationName,
      publicNaming: naming.publicNaming,
      meetings: [],
      conflicts: (board?.conflicts ?? []).map((c) => ({ ...c, name: people.find((p) => p.id === c.personId)?.name ?? '?' })),
      publishedPrecedents,
    };
  }

  /** The earlier cases a version refers to whose advice is published now: a public advice names only those by title. */
  async function publishedPrecedents(version: AdviceVersion): Promise<string[]> {
    const caseIds = (version.precedents ?? []).map((precedent) => precedent.caseId);
    if (caseIds.length === 0) return [];
    const [cases, advices] = await Promise.all([db.cases.bulkGet(caseIds), db.advices.bulkGet(caseIds)]);
    return caseIds.filter((_, i) => cases[i]?.classification !== 'vertrouwelijk' && (advices[i]?.publication.publishedOn ?? null) !== null);
  }

  return {
    /** What an advice document is made of, or undefined when the case has no advice yet. */
    async adviceSource(caseId: string, naming: Naming): Promise<AdviceSource | undefined> {
      const tables = [db.cases, db.advices, db.adviceVersions, db.people, db.caseBoards, db.meetings, db.records, db.methodTemplates];
      return db.transaction('r', tables, async () => {
        const [kase, advice] = await Promise.all([db.cases.get(caseId), db.advices.get(caseId)]);
        if (!kase || !advice || advice.versions.length === 0) return undefined;
        const [version, people, board] = await Promise.all([
          db.adviceVersions.get(versionToExport(advice)),
          db.people.toArray(),
          db.caseBoards.get(caseId),
        ]);
        if (!version) return undefined;
        const meetings = await meetingsOnCase(caseId, new Map(people.map((p) => [p.id, p])));
        return { ...source(kase, advice, version, people, board, naming, await publishedPrecedents(version)), meetings };
      });
    },

    /** Every advice issued in the period, oldest first, with the version that was issued. */
    async periodSources(period: Period, naming: Naming): Promise<AdviceSource[]> {
      return db.transaction('r', [db.cases, db.advices, db.adviceVersions, db.people, db.caseBoards], async () => {
        const advices = await db.advices.where('issuedOn').between(period.from, period.to, true, true).sortBy('issuedOn');
        const caseIds = advices.map((a) => a.caseId);
        const [cases, versions, boards, people] = await Promise.all([
          db.cases.bulkGet(caseIds),
          db.adviceVersions.bulkGet(advices.map((a) => versionToExport(a))),
          db.caseBoards.bulkGet(caseIds),
          db.people.toArray(),
        ]);
        return advices.flatMap((advice, i) => {
          const kase = cases[i];
          const version = versions[i];
          // The period report names no precedents: it lists advices, not what they refer to.
          return kase && version && kase.archivedAt === null ? [source(kase, advice, version, people, boards[i], naming, [])] : [];
        });
      });
    },

    /** Every published advice with the public files made of it, for the publication register. */
    async publishedAdvices(naming: Naming): Promise<PublishedAdvice[]> {
      return db.transaction('r', [db.cases, db.advices, db.adviceVersions, db.people, db.caseBoards, db.publicationRecords], async () => {
        const advices = (await db.advices.where('issuedOn').aboveOrEqual('').toArray()).filter((a) => a.publication.publishedOn !== null);
        const caseIds = advices.map((a) => a.caseId);
        const [cases, versions, boards, people, records] = await Promise.all([
          db.cases.bulkGet(caseIds),
          db.adviceVersions.bulkGet(advices.map((a) => versionToExport(a))),
          db.caseBoards.bulkGet(caseIds),
          db.people.toArray(),
          db.publicationRecords.where('caseId').anyOf(caseIds).toArray(),
        ]);
        const files = new Map<string, PublicExport[]>();
        for (const record of records) files.set(record.caseId, [...(files.get(record.caseId) ?? []), ...record.exports]);
        return advices.flatMap((advice, i) => {
          const kase = cases[i];
          const version = versions[i];
          return kase && version && kase.archivedAt === null
            ? [{ source: source(kase, advice, version, people, boards[i], naming, []), files: files.get(advice.caseId) ?? [] }]
            : [];
        });
      });
    },

    /** A meeting as its agenda and minutes show it, or undefined when it does not exist. */
    async meetingModel(meetingId: string, naming: Naming): Promise<MeetingExportModel | undefined> {
      const tables = [db.meetings, db.cases, db.people, db.records, db.notes, db.actions, db.methodTemplates];
      return db.transaction('r', tables, async () => {
        const meeting = await db.meetings.get(meetingId);
        if (!meeting) return undefined;
        const [cases, people, records, notes, actions] = await Promise.all([
          db.cases.bulkGet(meeting.agenda.map((item) => item.caseId)),
          db.people.toArray(),
          db.records.where('agendaItemId').anyOf(meeting.agenda.map((item) => item.id)).toArray(),
          db.notes.where('agendaItemId').anyOf(meeting.agenda.map((item) => item.id)).toArray(),
          db.actions.where('meetingId').equals(meetingId).toArray(),
        ]);
        const liveRecords = records.filter((r) => r.deletedAt === null);
        const templates = await templatesFor(db, liveRecords);
        const latestTemplates = new Map<string, MethodTemplate>();
        await db.methodTemplates.each((t) => {
          if ((latestTemplates.get(t.id)?.version ?? 0) < t.version) latestTemplates.set(t.id, t);
        });
        const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? '?') : '');
        return {
          title: meeting.title,
          startsAt: meeting.startsAt,
          location: [meeting.location.kind === 'online' ? 'Online' : '', meeting.location.text].filter(Boolean).join(': '),
          bodyName: naming.organisationName,
          present: meeting.attendees.map(nameOf),
          absent: meeting.absentees.map(nameOf),
          items: meeting.agenda.map((item, i) => {
            const record = liveRecords.find((r) => r.agendaItemId === item.id);
            const note = notes.find((n) => n.agendaItemId === item.id && n.deletedAt === null);
            return {
              reference: cases[i]?.reference ?? '—',
              caseTitle: cases[i]?.title ?? 'Casus niet gevonden',
              plannedMinutes: item.plannedMinutes,
              method: latestTemplates.get(item.methodId)?.name ?? item.methodId,
              record: record ? summarizeRecord(record, templates.get(templateKey(record.template))) : null,
              notes: note && !isBlankDoc(note.doc) ? note.doc : null,
              actions: actions
                .filter((a) => a.agendaItemId === item.id && a.deletedAt === null)
                .map((a) => ({ what: a.what, owner: nameOf(a.ownerId), dueOn: a.dueOn, done: a.state === 'done' })),
            };
          }),
        };
      });
    },
  };
}

export type ExportQuery = ReturnType<typeof createExportQuery>;
