import { describe, expect, it } from 'vitest';
import type { Account } from '@shared/accounts/accountSchema';
import { nobodyViewer, soloViewer } from '@shared/search/visibility';
import { boardSearchViewer } from '../../../../renderer/search/boardSearchViewer';
import type { BoardState } from '../../../../renderer/sync/boardMode';

const guest: Account = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Gijs Gast',
  email: 'gijs@example.nl',
  role: 'gast',
  active: true,
  personId: null,
  caseIds: ['case-1'],
  activated: true,
};

describe('boardSearchViewer', () => {
  it.each<[string, BoardState, Account | null, unknown]>([
    ['solo mode', { mode: 'solo' }, null, soloViewer],
    ['board mode, signed in as a guest', { mode: 'connected', url: 'ws://127.0.0.1:1', pending: 0, account: guest }, guest, { kind: 'board', role: 'gast', active: true, caseIds: ['case-1'], excludedCaseIds: [] }],
    ['board mode, offline, the sign-in kept', { mode: 'offline', url: 'ws://127.0.0.1:1', pending: 0, account: guest }, guest, { kind: 'board', role: 'gast', active: true, caseIds: ['case-1'], excludedCaseIds: [] }],
    ['board mode, signed out', { mode: 'signedOut', url: 'ws://127.0.0.1:1', pending: 0 }, null, nobodyViewer],
  ])('searches in %s as the one signed in', (_when, state, account, viewer) => {
    expect(boardSearchViewer({ state: () => state, excludedCases: () => new Set() }, { account: () => account })()).toEqual(viewer);
  });

  it('leaves out the cases the server refuses the account now', () => {
    const state: BoardState = { mode: 'connected', url: 'ws://127.0.0.1:1', pending: 0, account: guest };
    const viewer = boardSearchViewer({ state: () => state, excludedCases: () => new Set(['case-1']) }, { account: () => guest })();
    expect(viewer).toEqual({ kind: 'board', role: 'gast', active: true, caseIds: ['case-1'], excludedCaseIds: ['case-1'] });
  });
});
