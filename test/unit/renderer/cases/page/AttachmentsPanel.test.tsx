// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/settings/defaultSettings';
import type { AttachmentRepository } from '../../../../../renderer/cases/attachmentRepository';
import { AttachmentsPanel } from '../../../../../renderer/cases/page/AttachmentsPanel';
import type { AttachmentRecord } from '../../../../../renderer/db/database';
import { initI18n, loadAllStrings } from '../../../../../renderer/i18n/i18n';
import { dismissStorageProblem } from '../../../../../renderer/persistence/storageProblems';
import { SettingsProvider } from '../../../../../renderer/settings/settingsContext';
import { deferred, render, withServices, type Deferred } from '../../persistence/reactHarness';

const document_ = (name: string, removedAt: string | null = null) =>
  ({ id: name, caseId: 'c1', name, type: 'application/pdf', size: 10, addedAt: '2026-01-05T10:00:00.000Z', removedAt, blob: new Blob() }) as AttachmentRecord;

/** The panel with every read of the list answered by hand, in the order the test needs. */
async function panel(repository: Partial<Record<keyof AttachmentRepository, unknown>>) {
  const reads: Deferred<AttachmentRecord[]>[] = [];
  const forCase = vi.fn(() => {
    reads.push(deferred());
    return reads.at(-1)!.promise;
  });
  const services = withServices({ attachments: { forCase, ...repository } as unknown as AttachmentRepository, bridge: {}, settings: {} });
  const wrap = (children: ReactNode) => services(<SettingsProvider initial={defaultSettings}>{children}</SettingsProvider>);
  const { container } = await render(wrap(<AttachmentsPanel caseId="c1" />));
  return { container, reads, answer: (read: number, list: AttachmentRecord[]) => act(async () => reads[read]!.resolve(list)) };
}

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name)!;

beforeAll(() => initI18n('nl').then(loadAllStrings));
afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('AttachmentsPanel', () => {
  it('shows the newest list when two reloads finish out of order', async () => {
    const { container, reads, answer } = await panel({ setRemoved: vi.fn(async () => 1) });
    await answer(0, [document_('a.pdf'), document_('b.pdf')]);
    await act(async () => button(container, 'a.pdf verwijderen').click());
    await act(async () => button(container, 'b.pdf verwijderen').click());
    expect(reads).toHaveLength(3);
    await answer(2, [document_('a.pdf', '2026-01-06T10:00:00.000Z'), document_('b.pdf', '2026-01-06T10:00:00.000Z')]);
    await answer(1, [document_('a.pdf', '2026-01-06T10:00:00.000Z'), document_('b.pdf')]);
    expect(container.textContent).toContain('Nog geen documenten.');
    expect(button(container, 'Verwijderde documenten tonen (2)')).toBeDefined();
  });

  it('tells about a refused file only once the list has been read again', async () => {
    const add = vi.fn(async () => ({ ok: false as const, refusal: { reason: 'type' as const } }));
    const { container, answer } = await panel({ add });
    await answer(0, []);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['<svg/>'], 'plaatje.svg')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(add).toHaveBeenCalledOnce();
    expect(container.querySelector('[role=alert]')).toBeNull();
    await answer(1, []);
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(/^‘plaatje\.svg’ is niet toegevoegd/);
  });

  it('says the documents could not be read instead of loading forever, and reads again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, reads, answer } = await panel({});
    await act(async () => reads[0]!.reject(new Error('kapot')));
    expect(container.textContent).toContain('De documenten van deze casus konden niet worden gelezen.');
    await act(async () => button(container, 'Opnieuw proberen').click());
    await answer(1, [document_('a.pdf')]);
    expect(container.textContent).not.toContain('konden niet worden gelezen');
    expect(container.textContent).toContain('a.pdf');
  });
});
