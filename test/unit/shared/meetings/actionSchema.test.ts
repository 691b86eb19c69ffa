import { describe, expect, it } from 'vitest';
import { isOverdue, sortOpenActions } from '@shared/meetings/actionSchema';

const today = '2026-03-10';

describe('overdue actions', () => {
  it('is overdue only when open and the due date has passed', () => {
    expect(isOverdue({ state: 'open', dueOn: '2026-03-09' }, today)).toBe(true);
    expect(isOverdue({ state: 'open', dueOn: '2025-12-31' }, today)).toBe(true);
    expect(isOverdue({ state: 'open', dueOn: '2026-03-10' }, today)).toBe(false);
    expect(isOverdue({ state: 'open', dueOn: '2026-03-11' }, today)).toBe(false);
    expect(isOverdue({ state: 'done', dueOn: '2026-03-09' }, today)).toBe(false);
    expect(isOverdue({ state: 'open', dueOn: '' }, today)).toBe(false);
  });
});

describe('sorting open actions', () => {
  type Row = { what: string; state: 'open' | 'done'; dueOn: string; createdAt: string };
  const row = (what: string, state: Row['state'], dueOn: string, createdAt: string): Row => ({ what, state, dueOn, createdAt });

  it('drops done actions and orders by due date, undated last, ties by creation', () => {
    const actions = [
      row('zonder datum, nieuw', 'open', '', '2026-03-05T10:00:00.000Z'),
      row('april', 'open', '2026-04-01', '2026-03-01T10:00:00.000Z'),
      row('klaar', 'done', '2026-01-01', '2026-01-01T10:00:00.000Z'),
      row('te laat, later gemaakt', 'open', '2026-02-01', '2026-01-20T10:00:00.000Z'),
      row('zonder datum, oud', 'open', '', '2026-01-02T10:00:00.000Z'),
      row('te laat, eerder gemaakt', 'open', '2026-02-01', '2026-01-10T10:00:00.000Z'),
      row('morgen', 'open', '2026-03-11', '2026-03-01T10:00:00.000Z'),
    ];
    expect(sortOpenActions(actions).map((a) => a.what)).toEqual([
      'te laat, eerder gemaakt',
      'te laat, later gemaakt',
      'morgen',
      'april',
      'zonder datum, oud',
      'zonder datum, nieuw',
    ]);
  });

  it('keeps the given order for equal due dates and creation times, and does not touch the input', () => {
    const actions = [
      row('eerste', 'open', '2026-03-11', '2026-03-01T10:00:00.000Z'),
      row('tweede', 'open', '2026-03-11', '2026-03-01T10:00:00.000Z'),
      row('derde', 'open', '2026-03-11', '2026-03-01T10:00:00.000Z'),
    ];
    const reversed = [...actions].reverse();
    expect(sortOpenActions(actions).map((a) => a.what)).toEqual(['eerste', 'tweede', 'derde']);
    expect(sortOpenActions(reversed).map((a) => a.what)).toEqual(['derde', 'tweede', 'eerste']);
    expect(reversed.map((a) => a.what)).toEqual(['derde', 'tweede', 'eerste']);
    expect(sortOpenActions([row('klaar', 'done', '', '2026-01-01T00:00:00.000Z')])).toEqual([]);
  });
});
