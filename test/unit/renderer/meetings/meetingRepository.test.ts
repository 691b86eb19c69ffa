import { describe, expect, it } from 'vitest';
import { createMeetingRepository } from '../../../../renderer/meetings/meetingRepository';
import type { MeetingInput } from '@shared/meetings/meetingSchema';
import { ValidationError } from '@shared/util/validation';
import { testDatabase } from '../db/testDatabase';

const caseA = crypto.randomUUID();
const caseB = crypto.randomUUID();
const item = (caseId: string) => ({ id: crypto.randomUUID(), caseId, plannedMinutes: 30, methodId: 'begeleidingsethiek' });
const meetingInput = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'Vergadering adviesorgaan',
  startsAt: '2026-05-12T14:00',
  location: { kind: 'place', text: 'Raadszaal' },
  attendees: [],
  absentees: [],
  agenda: [item(caseA), item(caseB)],
  ...overrides,
});

describe('meeting repository', () => {
  it('finds meetings by the cases on their agenda, newest first, and follows agenda changes', async () => {
    const repo = createMeetingRepository(testDatabase());
    const may = await repo.create(meetingInput());
    const june = await repo.create(meetingInput({ startsAt: '2026-06-09T14:00', agenda: [item(caseA)] }));
    expect((await repo.forCase(caseA)).map((m) => m.id)).toEqual([june.id, may.id]);
    expect((await repo.forCase(caseB)).map((m) => m.id)).toEqual([may.id]);
    await repo.update(may.id, meetingInput({ agenda: [item(caseA)] }));
    expect(await repo.forCase(caseB)).toEqual([]);
    expect(await repo.get(may.id)).not.toHaveProperty('caseIds');
  });

  it('moves meetings to the trash and back', async () => {
    const repo = createMeetingRepository(testDatabase());
    const meeting = await repo.create(meetingInput());
    await repo.setDeleted(meeting.id, true);
    expect(await repo.list()).toEqual([]);
    expect((await repo.trash()).map((m) => m.id)).toEqual([meeting.id]);
    await repo.setDeleted(meeting.id, false);
    expect((await repo.list()).map((m) => m.id)).toEqual([meeting.id]);
  });

  it('refuses a meeting without a title or with someone both present and absent', async () => {
    const repo = createMeetingRepository(testDatabase());
    const person = crypto.randomUUID();
    await expect(repo.create(meetingInput({ title: '' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(repo.create(meetingInput({ attendees: [person], absentees: [person] }))).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.list()).toEqual([]);
  });
});
