import { describe, expect, it } from 'vitest';
import { meetingSchema, moveAgendaItem, placeAgendaItem, type AgendaItem } from '@shared/meetings/meetingSchema';

const item = (id: string): AgendaItem => ({
  id,
  caseId: '9f0e1d2c-3b4a-4596-8877-665544332211',
  plannedMinutes: 30,
  methodId: 'begeleidingsethiek',
});

/* Readable ids for the test, valid uuids for the schema. */
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const D = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const name = { [A]: 'a', [B]: 'b', [C]: 'c', [D]: 'd' } as Record<string, string>;
const order = (agenda: AgendaItem[]) => agenda.map((i) => name[i.id]).join('');

const agenda = [item(A), item(B), item(C)];

describe('moving an agenda item one place', () => {
  it('moves up and down', () => {
    expect(order(moveAgendaItem(agenda, B, -1))).toBe('bac');
    expect(order(moveAgendaItem(agenda, B, 1))).toBe('acb');
    expect(order(moveAgendaItem(agenda, A, 1))).toBe('bac');
    expect(order(moveAgendaItem(agenda, C, -1))).toBe('acb');
  });

  it('changes nothing past either end or for an unknown item, and never mutates the input', () => {
    expect(order(moveAgendaItem(agenda, A, -1))).toBe('abc');
    expect(order(moveAgendaItem(agenda, C, 1))).toBe('abc');
    expect(order(moveAgendaItem(agenda, D, 1))).toBe('abc');
    expect(order(moveAgendaItem(agenda, D, -1))).toBe('abc');
    expect(moveAgendaItem(agenda, A, -1)).not.toBe(agenda);
    expect(order(agenda)).toBe('abc');
  });
});

describe('placing an agenda item at a position', () => {
  const four = [item(A), item(B), item(C), item(D)];

  it('places at the start, the end and in the middle', () => {
    expect(order(placeAgendaItem(four, C, 0))).toBe('cabd');
    expect(order(placeAgendaItem(four, A, 3))).toBe('bcda');
    expect(order(placeAgendaItem(four, A, 2))).toBe('bcad');
    expect(order(placeAgendaItem(four, D, 1))).toBe('adbc');
    expect(order(placeAgendaItem(four, B, 1))).toBe('abcd');
  });

  it('clamps positions beyond the range', () => {
    expect(order(placeAgendaItem(four, A, 99))).toBe('bcda');
    expect(order(placeAgendaItem(four, D, -5))).toBe('dabc');
  });

  it('changes nothing for an unknown item, and never mutates the input', () => {
    const unknown = placeAgendaItem(agenda, D, 0);
    expect(order(unknown)).toBe('abc');
    expect(unknown).not.toBe(agenda);
    placeAgendaItem(four, A, 3);
    expect(order(four)).toBe('abcd');
  });
});

describe('meeting validation', () => {
  const P1 = '11111111-1111-4111-8111-111111111111';
  const P2 = '22222222-2222-4222-8222-222222222222';
  const meeting = (overrides: Record<string, unknown> = {}) => ({
    id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
    title: '  Vergadering adviesorgaan maart  ',
    startsAt: '2026-03-10T14:00',
    location: { kind: 'place', text: 'Stadhuis, zaal 2' },
    attendees: [P1],
    absentees: [P2],
    agenda: [item(A), item(B)],
    createdAt: '2026-02-20T08:00:00.000Z',
    updatedAt: '2026-02-20T08:00:00.000Z',
    deletedAt: null,
    ...overrides,
  });
  const problems = (value: unknown) =>
    meetingSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

  it('accepts a valid meeting and trims its title', () => {
    expect(problems(meeting())).toEqual([]);
    expect(meetingSchema.parse(meeting()).title).toBe('Vergadering adviesorgaan maart');
    expect(problems(meeting({ startsAt: '2026-03-10T14:00:00', location: { kind: 'online', text: '' } }))).toEqual([]);
  });

  it('refuses a person who is both present and absent', () => {
    expect(problems(meeting({ attendees: [P1, P2], absentees: [P2] }))).toEqual([['', 'validation.presentAndAbsent']]);
  });

  it('refuses a start that is not a valid local date and time', () => {
    for (const startsAt of ['2026-02-30T14:00', '2026-03-10T25:00', '10-03-2026 14:00', '2026-03-10', '', '2026-03-10T14:00:00Z']) {
      expect(problems(meeting({ startsAt }))).toEqual([['startsAt', 'validation.dateTime']]);
    }
  });

  it('requires a title', () => {
    expect(problems(meeting({ title: '   ' }))).toEqual([['title', 'validation.required']]);
  });
});
