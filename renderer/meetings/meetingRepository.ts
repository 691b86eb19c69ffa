import { meetingInputSchema, meetingSchema, type Meeting, type MeetingInput } from '@shared/meetings/meetingSchema';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb, MeetingRecord } from '../db/database';

/** The stored form: caseIds mirrors the agenda, for the "meetings about this case" index. */
export function toRecord(meeting: Meeting): MeetingRecord {
  return { ...meeting, caseIds: [...new Set(meeting.agenda.map((item) => item.caseId))] };
}

function fromRecord({ caseIds: _caseIds, ...meeting }: MeetingRecord): Meeting {
  return meeting;
}

const newestFirst = (a: Meeting, b: Meeting) => b.startsAt.localeCompare(a.startsAt);

export function createMeetingRepository(db: BeraadDb, clock: Clock = systemClock) {
  async function put(meeting: Meeting): Promise<Meeting> {
    const valid = parseOrThrow(meetingSchema, meeting);
    await db.meetings.put(toRecord(valid));
    return valid;
  }

  return {
    async create(input: MeetingInput): Promise<Meeting> {
      const stamp = clock().toISOString();
      return put({
        ...parseOrThrow(meetingInputSchema, input),
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      });
    },

    async get(id: string): Promise<Meeting | undefined> {
      const found = await db.meetings.get(id);
      return found && fromRecord(found);
    },

    async update(id: string, input: MeetingInput): Promise<Meeting> {
      return db.transaction('rw', db.meetings, async () => {
        const current = await db.meetings.get(id);
        if (!current) throw new Error(`Vergadering ${id} bestaat niet`);
        return put({ ...fromRecord(current), ...parseOrThrow(meetingInputSchema, input), updatedAt: clock().toISOString() });
      });
    },

    /** All meetings not in the trash, newest first. */
    async list(): Promise<Meeting[]> {
      const all = await db.meetings.filter((m) => m.deletedAt === null).toArray();
      return all.map(fromRecord).sort(newestFirst);
    },

    async forCase(caseId: string): Promise<Meeting[]> {
      const found = await db.meetings.where('caseIds').equals(caseId).toArray();
      return found.filter((m) => m.deletedAt === null).map(fromRecord).sort(newestFirst);
    },

    async setDeleted(id: string, deleted: boolean): Promise<void> {
      await db.meetings.update(id, { deletedAt: deleted ? clock().toISOString() : null });
    },

    async trash(): Promise<Meeting[]> {
      return (await db.meetings.filter((m) => m.deletedAt !== null).toArray()).map(fromRecord);
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
