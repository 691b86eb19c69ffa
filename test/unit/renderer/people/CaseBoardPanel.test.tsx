// @vitest-environment jsdom
import { act } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseBoard } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { defaultSettings } from '@shared/settings/defaultSettings';
import type { DraftRepository } from '../../../../renderer/db/draftRepository';
import { initI18n, loadAllStrings } from '../../../../renderer/i18n/i18n';
import { CaseBoardPanel } from '../../../../renderer/people/CaseBoardPanel';
import type { PeopleRepository } from '../../../../renderer/people/peopleRepository';
import { dismissStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { SettingsProvider } from '../../../../renderer/settings/settingsContext';
import { render, settle, soloBoardMode, withServices } from '../persistence/reactHarness';

const caseId = '6f1c2b1e-0d7a-4c1e-9a57-3f1f2c9d1a01';
const noor = { id: '0b7e3c52-6a1d-4f3e-8f0a-2d5c7e9b1a11', name: 'Noor Hendriks', roles: ['lid'], active: true, isAdministrator: false } as Person;
const wim = { id: '0b7e3c52-6a1d-4f3e-8f0a-2d5c7e9b1a22', name: 'Wim Jansen', roles: ['voorzitter'], active: true, isAdministrator: false } as Person;

async function panel(stored: Partial<CaseBoard> = {}, board?: () => Promise<CaseBoard>) {
  const saveBoard = vi.fn(async (board: Omit<CaseBoard, 'updatedAt'>) => ({ ...board, updatedAt: '2026-01-05T10:00:00.000Z' }));
  const people = {
    list: async () => [noor, wim],
    board: board ?? (async () => ({ caseId, members: [], conflicts: [], note: '', updatedAt: '2026-01-05T09:00:00.000Z', ...stored })),
    saveBoard,
  } as unknown as PeopleRepository;
  const drafts = { load: async () => null, save: async () => {}, discard: async () => {} } as unknown as DraftRepository;
  const { container } = await render(
    withServices({ people, drafts, settings: {}, boardMode: soloBoardMode() })(
      <SettingsProvider initial={defaultSettings}>
        <MemoryRouter>
          <CaseBoardPanel caseId={caseId} />
        </MemoryRouter>
      </SettingsProvider>,
    ),
  );
  const members = () => [...container.querySelectorAll('[data-board-member]')].map((row) => row.getAttribute('data-board-member'));
  const lastSaved = () => saveBoard.mock.calls.at(-1)?.[0];
  return { container, members, lastSaved };
}

const submit = (form: HTMLFormElement) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const button = (container: HTMLElement, name: string) => [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name)!;

beforeAll(() => initI18n('nl').then(loadAllStrings));
afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('CaseBoardPanel', () => {
  it('keeps both of two members added before the panel has drawn the first', async () => {
    const { container, members, lastSaved } = await panel();
    const add = container.querySelector<HTMLFormElement>('form.board-add')!;
    act(() => {
      submit(add);
      submit(add);
    });
    await settle();
    expect(members()).toEqual(['Noor Hendriks', 'Noor Hendriks']);
    expect(lastSaved()?.members).toEqual([
      { personId: noor.id, role: 'lid' },
      { personId: noor.id, role: 'lid' },
    ]);
  });

  it('removes the member whose button was pressed, also when another removal has not been drawn yet', async () => {
    const { container, members, lastSaved } = await panel({
      members: [
        { personId: noor.id, role: 'lid' },
        { personId: wim.id, role: 'voorzitter' },
      ],
    });
    const removeNoor = button(container, 'Noor Hendriks (Lid adviesorgaan) verwijderen uit deze casus');
    const removeWim = button(container, 'Wim Jansen (Voorzitter) verwijderen uit deze casus');
    act(() => {
      removeNoor.click();
      removeWim.click();
    });
    await settle();
    expect(members()).toEqual([]);
    expect(lastSaved()?.members).toEqual([]);
  });

  it('withdraws the declaration whose button was pressed and keeps the others', async () => {
    const keeps = { personId: wim.id, declaredOn: '2026-01-02', description: 'Buurman van de leverancier', measure: 'geen_gevolg' as const };
    const goes = { personId: noor.id, declaredOn: '2026-01-03', description: 'Werkt bij de leverancier', measure: 'neemt_niet_deel' as const };
    const { container, lastSaved } = await panel({
      members: [
        { personId: noor.id, role: 'lid' },
        { personId: wim.id, role: 'voorzitter' },
      ],
      conflicts: [keeps, goes],
    });
    await act(async () => button(container, 'Melding van Noor Hendriks van 3 januari 2026 intrekken').click());
    await settle();
    expect(lastSaved()?.conflicts).toEqual([keeps]);
    expect([...container.querySelectorAll('[data-conflict-row]')].map((row) => row.getAttribute('data-conflict-row'))).toEqual(['Wim Jansen']);
    expect(container.textContent).toContain('De melding van Noor Hendriks is ingetrokken.');
  });

  it('says the board could not be read instead of loading forever, and offers it again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers = [
      () => Promise.reject(new Error('kapot')),
      async () => ({ caseId, members: [{ personId: wim.id, role: 'voorzitter' as const }], conflicts: [], note: '', updatedAt: '2026-01-05T09:00:00.000Z' }),
    ];
    const { container, members } = await panel({}, () => answers.shift()!());
    expect(container.textContent).toContain('kon niet worden gelezen, dus die is nu niet te wijzigen');
    expect(container.querySelector('form.board-add')).toBeNull();
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Opnieuw proberen')!;
    await act(async () => retry.click());
    expect(members()).toEqual(['Wim Jansen']);
  });
});
