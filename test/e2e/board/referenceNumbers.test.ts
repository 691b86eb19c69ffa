import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';
import { boardStatus, memberMachine, openBoardSettings, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);
const member = () => memberMachine(session, board.server, board.secretary);

const shownReference = (page: Page) => page.locator('.case-page__reference').textContent();
const provisionalNotice = (page: Page) => page.getByText(/^Voorlopig nummer:/);

describe('reference numbers in board mode', () => {
  it('shows a case registered offline as concept until it is shared, then gives it a number of its own from the server', async () => {
    const anna = await member();
    const bram = await member();
    // Online first, which also loads the registration and case pages: offline the page cannot fetch them.
    await registerCase(bram.page, { title: 'Slimme vuilnisbakken', question: 'Mag dit?', owner: 'P. de Boer' });
    await expect.poll(() => shownReference(bram.page), { timeout: 15_000 }).toMatch(/^EA-\d{4}-001$/);
    await bram.page.getByRole('link', { name: 'Casussen' }).click();

    await bram.page.context().setOffline(true);
    const offline = await registerCase(bram.page, { title: 'Wifi-tellers in het centrum', question: 'Mag dit?', owner: 'P. de Boer' });
    expect(offline).toMatch(/^concept-[0-9a-f]{8}$/);
    expect(await shownReference(bram.page)).toBe(offline);
    await provisionalNotice(bram.page).waitFor();

    // Meanwhile a case registered online gets its number at once.
    await registerCase(anna.page, { title: 'Kentekencamera’s bij de haven', question: 'Mag dit?', owner: 'P. de Boer' });
    await expect.poll(() => shownReference(anna.page), { timeout: 15_000 }).toMatch(/^EA-\d{4}-002$/);
    expect(await provisionalNotice(anna.page).count()).toBe(0);
    const annasNumber = (await shownReference(anna.page))!;

    await bram.page.context().setOffline(false);
    await expect.poll(() => shownReference(bram.page), { timeout: 30_000 }).toMatch(/^EA-\d{4}-003$/);
    expect(await provisionalNotice(bram.page).count()).toBe(0);
    const bramsNumber = (await shownReference(bram.page))!;
    expect(bramsNumber).not.toBe(annasNumber);

    // Every machine shows the same numbers, in the list and when searched for.
    await anna.page.getByRole('link', { name: 'Casussen' }).click();
    const bramsRow = anna.page.locator(`[data-case-row="${bramsNumber}"]`);
    await expect.poll(() => bramsRow.innerText(), { timeout: 15_000 }).toMatch(/Wifi-tellers in het centrum/);
    expect(await anna.page.locator('[data-case-row^="concept-"]').count()).toBe(0);
  });

  it('gives a concept case this machine’s own number once the machine leaves board mode, since no server will', async () => {
    const anna = await member();
    await registerCase(anna.page, { title: 'Parkeersensoren', question: 'Mag dit?', owner: 'P. de Boer' });
    await anna.page.getByRole('link', { name: 'Casussen' }).click();
    await anna.page.context().setOffline(true);
    const concept = await registerCase(anna.page, { title: 'Geluidsmeters bij het station', question: 'Mag dit?', owner: 'P. de Boer' });
    expect(concept).toMatch(/^concept-[0-9a-f]{8}$/);

    await openBoardSettings(anna.page);
    await anna.page.getByRole('button', { name: 'Loskoppelen' }).click();
    await anna.page.getByRole('button', { name: 'Ja, loskoppelen' }).click();
    await expect.poll(() => boardStatus(anna.page).textContent()).toBe('Alleen op deze computer');
    await anna.page.getByRole('link', { name: 'Casussen' }).click();
    const row = anna.page.locator('[data-case-row]', { hasText: 'Geluidsmeters bij het station' });
    await expect.poll(() => row.getAttribute('data-case-row'), { timeout: 15_000 }).toMatch(/^EA-\d{4}-\d{3}$/);
    expect(await anna.page.locator('[data-case-row^="concept-"]').count()).toBe(0);
  });
});
