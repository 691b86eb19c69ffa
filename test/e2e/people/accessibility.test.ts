import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';
import { addMember, declareConflict, openPeople, registerPerson } from './steps';

const session = useBrowserSession();

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await unreachableByTab(page)).toEqual([]);
}

describe('people and board: accessibility (axe-core, WCAG 2.1 AA) and keyboard reach', () => {
  it('people page: empty, with validation errors, and with a list including an inactive person', async () => {
    const page = await session.newProfile().open();
    await openPeople(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText(/Het formulier bevat/).waitFor();
    await expectAccessible(page);

    await page.reload();
    await registerPerson(page, { name: 'Noor Hendriks', roles: ['Lid adviesorgaan'] });
    await registerPerson(page, { name: 'Wim Jansen', roles: ['Gast'], administrator: true });
    // Each step is awaited on screen, so the checks run on the page this test names, not on one in between.
    await page.getByRole('button', { name: 'Noor Hendriks inactief maken' }).click();
    await page.getByText(/Noor Hendriks is inactief gemaakt/).waitFor();
    await page.getByLabel('Toon ook inactieve personen').check();
    await page.getByRole('button', { name: 'Noor Hendriks weer actief maken' }).waitFor();
    await page.getByRole('button', { name: 'Wim Jansen bewerken' }).click();
    await expect.poll(() => page.getByLabel('Naam').inputValue()).toBe('Wim Jansen');
    await expectAccessible(page);
  });

  it('case page with the board panel: members, warnings and a declared conflict', async () => {
    const page = await session.newProfile().open();
    await openPeople(page);
    await registerPerson(page, { name: 'Noor Hendriks', roles: ['Lid adviesorgaan'] });
    await registerPerson(page, { name: 'Wim Jansen', roles: ['Gast'], administrator: true });
    await page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(page, { title: 'Wijkanalyse', question: 'Leidt dit tot profilering van wijken?', owner: 'L. Visser' });
    await page.getByRole('form', { name: 'Aan adviesorgaan toevoegen' }).waitFor();
    await expectAccessible(page);

    await addMember(page, 'Wim Jansen (bestuurder)', 'Lid adviesorgaan');
    await addMember(page, 'Noor Hendriks', 'Lid adviesorgaan');
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();
    await page.getByText(/Het formulier bevat/).waitFor();
    await expectAccessible(page);

    await declareConflict(page, 'Noor Hendriks', 'Is getrouwd met de projectleider.', 'Neemt niet deel');
    await page.locator('[data-conflict-row="Noor Hendriks"]').waitFor();
    await expectAccessible(page);
  });
});
