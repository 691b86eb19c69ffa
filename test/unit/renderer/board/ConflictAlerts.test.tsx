// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { FieldConflict } from '@shared/sync/fieldConflicts';
import { boardDocumentName } from '@shared/sync/protocol';
import type { RemovalConflict } from '@shared/sync/recordMap';
import { ConflictAlerts } from '../../../../renderer/board/ConflictAlerts';
import { initI18n, loadAllStrings } from '../../../../renderer/i18n/i18n';
import type { BoardMode, BoardState, DocumentConflicts } from '../../../../renderer/sync/boardMode';
import { render, settle, withServices } from '../persistence/reactHarness';

const personId = '0b7e3c52-6a1d-4f3e-8f0a-2d5c7e9b1a11';
const meetingId = '6f1c2b1e-0d7a-4c1e-9a57-3f1f2c9d1a01';
const discipline: FieldConflict = { id: 'd', table: 'people', key: personId, field: 'discipline', value: 'Data', by: 'Bram', at: '2026-06-01T10:00:00.000Z' };
const title: FieldConflict = { id: 't', table: 'meetings', key: meetingId, field: 'title', value: 'Vergadering van Bram', by: null, at: '2026-06-01T10:00:00.000Z' };
const removedMeeting: RemovalConflict = { table: 'meetings', key: meetingId, at: '2026-06-01T10:00:00.000Z', by: 'Anna' };

/** Board mode as far as the notices use it: connected, with these open conflicts in the board's document. */
function boardMode(conflicts: DocumentConflicts, mode: BoardState['mode'] = 'connected') {
  const state = mode === 'solo' ? { mode } : { mode, url: 'wss://beraad.example', pending: 0, account: { id: 'a', name: 'Anna', role: 'lid' } };
  const watched: string[] = [];
  const service = {
    subscribe: () => () => undefined,
    state: () => state,
    watchConflicts: async (name: string, listener: (found: DocumentConflicts) => void) => {
      watched.push(name);
      listener(conflicts);
      return () => undefined;
    },
    settleFieldConflict: vi.fn(async () => undefined),
    settleRemoval: vi.fn(async () => undefined),
  };
  return { service: service as unknown as BoardMode, watched, settleFieldConflict: service.settleFieldConflict, settleRemoval: service.settleRemoval };
}

const button = (container: HTMLElement, name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

beforeAll(() => initI18n('nl').then(loadAllStrings));

describe('ConflictAlerts', () => {
  it('shows a person in the register the value that lost, under their name, and takes it for the whole board on request', async () => {
    const board = boardMode({ fields: [discipline, title], removals: [removedMeeting] });
    const { container } = await render(
      withServices({ boardMode: board.service })(
        <ConflictAlerts document={boardDocumentName} only={(table) => table === 'people'} nameOf={(_table, key) => (key === personId ? 'Noor Hendriks' : undefined)} />,
      ),
    );
    await settle();

    expect(board.watched).toEqual([boardDocumentName]);
    expect([...container.querySelectorAll('[data-field-conflict]')].map((alert) => alert.textContent)).toEqual([
      'Noor Hendriks, veld Discipline: deze waarde is tegelijk op een andere computer gewijzigd. De andere waarde, van Bram, was: DataAndere waarde gebruikenHuidige waarde houden',
    ]);
    expect(container.querySelector('[data-removal-conflict]')).toBeNull();
    await act(async () => button(container, 'Andere waarde gebruiken').click());
    expect(board.settleFieldConflict).toHaveBeenCalledWith(boardDocumentName, discipline, true);
  });

  it('shows a meeting’s page its own field and removal conflicts, with the same choices as the case page', async () => {
    const board = boardMode({ fields: [discipline, title], removals: [removedMeeting] });
    const { container } = await render(
      withServices({ boardMode: board.service })(<ConflictAlerts document={boardDocumentName} only={(table, key) => table === 'meetings' && key === meetingId} />),
    );
    await settle();

    expect(container.querySelector('[data-field-conflict="title"]')?.textContent).toContain('Vergadering, veld Titel: deze waarde is tegelijk op een andere computer gewijzigd. De andere waarde was: Vergadering van Bram');
    expect(container.querySelector('[data-field-conflict="discipline"]')).toBeNull();
    expect(container.querySelector('[data-removal-conflict="meetings"]')?.textContent).toContain('Vergadering: verwijderd door Anna op een andere computer');
    await act(async () => button(container, 'Behouden').click());
    expect(board.settleRemoval).toHaveBeenCalledWith(boardDocumentName, removedMeeting, true);
  });

  it('shows the words of a text that lost, without its formatting', async () => {
    const description: FieldConflict = {
      id: 'b',
      table: 'caseDescriptions',
      key: meetingId,
      field: 'doc',
      value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Camera’s ' }, { type: 'text', text: 'bij de ingang', marks: [{ type: 'bold' }] }] }] },
      by: 'Bram',
      at: '2026-06-01T10:00:00.000Z',
    };
    const board = boardMode({ fields: [description], removals: [] });
    const { container } = await render(withServices({ boardMode: board.service })(<ConflictAlerts document={boardDocumentName} />));
    await settle();
    expect(container.querySelector('[data-field-conflict="doc"]')?.textContent).toContain('Beschrijving, veld Tekst: deze waarde is tegelijk op een andere computer gewijzigd. De andere waarde, van Bram, was: Camera’s bij de ingang');
  });

  it('shows nothing on a computer that works alone', async () => {
    const board = boardMode({ fields: [discipline], removals: [] }, 'solo');
    const { container } = await render(withServices({ boardMode: board.service })(<ConflictAlerts document={boardDocumentName} />));
    await settle();
    expect(board.watched).toEqual([]);
    expect(container.textContent).toBe('');
  });
});
