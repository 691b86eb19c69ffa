import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseForm, registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { memberMachine, untilConnected, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);
const member = () => memberMachine(session, board.server, board.secretary);

async function openCase(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
}

const openForm = async (page: Page) => {
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await caseForm(page).waitFor();
};

async function saveQuestion(page: Page, value: string): Promise<void> {
  await caseForm(page).getByLabel('Adviesvraag').fill(value);
  await caseForm(page).getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const conflict = (page: Page) => page.locator('[data-field-conflict="question"]');

describe('conflicts in board mode', () => {
  it('shows both members the value that lost when both changed one field offline, and lets one take it for both', { timeout: 180_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    await registerCase(anna.page, { title: 'Deelscooters op de stoep', question: 'Mag dit?', owner: 'P. de Boer' });
    await openCase(bram.page, 'Deelscooters op de stoep');
    // Opened online: offline, the page's code that is not loaded yet cannot be fetched either.
    await Promise.all([openForm(anna.page), openForm(bram.page)]);

    await Promise.all([anna.page.context().setOffline(true), bram.page.context().setOffline(true)]);
    await saveQuestion(anna.page, 'Vraag van Anna');
    await saveQuestion(bram.page, 'Vraag van Bram');
    await Promise.all([anna.page.context().setOffline(false), bram.page.context().setOffline(false)]);
    await Promise.all([untilConnected(anna.page, 30_000), untilConnected(bram.page, 30_000)]);

    for (const page of [anna.page, bram.page]) await conflict(page).waitFor({ timeout: 30_000 });
    const lost = (await conflict(anna.page).locator('[data-field-conflict-value]').textContent())!;
    expect(['Vraag van Anna', 'Vraag van Bram']).toContain(lost);
    const writer = lost === 'Vraag van Anna' ? anna.account.name : bram.account.name;
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => conflict(page).textContent(), { timeout: 15_000 }).toContain(`De andere waarde, van ${writer}, was:`);
      expect(await conflict(page).locator('[data-field-conflict-value]').textContent()).toBe(lost);
    }
    expect(await axeViolations(bram.page)).toEqual([]);

    await conflict(bram.page).getByRole('button', { name: 'Andere waarde gebruiken' }).click();
    for (const page of [anna.page, bram.page]) {
      await page.locator('.case-details').getByText(lost).waitFor({ timeout: 30_000 });
      await expect.poll(() => conflict(page).count(), { timeout: 30_000 }).toBe(0);
    }
  });
});
