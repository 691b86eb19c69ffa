import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/meetings/actionSchema';
import type { Person } from '@shared/people/personSchema';
import { toActionRows } from '../../../../renderer/actions/actionRows';

const today = '2026-03-10';
const stamp = '2026-03-01T10:00:00.000Z';
const person = (id: string, name: string) => ({ id, name }) as Person;

function action(what: string, dueOn: string, overrides: Partial<Action> = {}): Action {
  return {
    id: crypto.randomUUID(),
    caseId: crypto.randomUUID(),
    meetingId: null,
    agendaItemId: null,
    what,
    ownerId: null,
    dueOn,
    state: 'open',
    doneAt: null,
    note: '',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...overrides,
  };
}

describe('rows of the open-actions overview', () => {
  it('puts overdue actions first and undated ones last, and says which are overdue', () => {
    const rows = toActionRows(
      [action('zonder datum', ''), action('vandaag', today), action('te laat', '2026-03-09'), action('volgende week', '2026-03-17')],
      [],
      today,
    );
    expect(rows.map((row) => [row.what, row.overdue])).toEqual([
      ['te laat', true],
      ['vandaag', false],
      ['volgende week', false],
      ['zonder datum', false],
    ]);
  });

  it('leaves out done actions', () => {
    expect(toActionRows([action('klaar', '2026-01-01', { state: 'done', doneAt: stamp })], [], today)).toEqual([]);
  });

  it('names the owner from the register, and nobody when there is none or the person is unknown', () => {
    const noor = person(crypto.randomUUID(), 'Noor Hendriks');
    const rows = toActionRows(
      [
        action('a', '2026-03-01', { ownerId: noor.id }),
        action('b', '2026-03-02'),
        action('c', '2026-03-03', { ownerId: crypto.randomUUID() }),
      ],
      [noor],
      today,
    );
    expect(rows.map((row) => row.owner)).toEqual(['Noor Hendriks', null, null]);
  });
});
