import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** A fresh window whose `code` does not come, as in a browser gone offline before it was loaded. */
async function withCodeMissing(code: RegExp): Promise<Page> {
  const page = await session.newProfile().open();
  await page.route(code, (route) => route.abort('internetdisconnected'));
  await page.reload();
  return page;
}

describe('a page whose code does not load', () => {
  it('says so inside the app, leaves the menu working, and shows the page when tried again', async () => {
    const pageCode = /\/PeoplePage-[\w-]+\.js$/;
    const page = await withCodeMissing(pageCode);
    await mainMenu(page).getByRole('link', { name: 'Personen' }).click();

    const failure = page.locator('[data-page-failure]');
    await failure.getByRole('heading', { level: 1, name: 'Deze pagina kon niet worden getoond' }).waitFor();
    expect(await failure.textContent()).toContain('De programmacode van deze pagina kon niet worden geladen. Wat al was opgeslagen, is bewaard.');
    expect(await axeViolations(page)).toEqual([]);

    // The rest of the app stands: another page opens, and coming back tries again (and fails again, still offline).
    await mainMenu(page).getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
    expect(await failure.count()).toBe(0);
    await mainMenu(page).getByRole('link', { name: 'Personen' }).click();
    await failure.waitFor();

    await page.unroute(pageCode);
    await failure.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    expect(await failure.count()).toBe(0);
  });
});

describe('a search dialog whose code does not load', () => {
  it('says so in the header, can be closed, and loads it when opened again', async () => {
    const dialogCode = /\/SearchDialog-[\w-]+\.js$/;
    const page = await withCodeMissing(dialogCode);
    await page.getByRole('button', { name: /^Zoeken/ }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Zoeken kon niet worden geladen' });
    await failure.waitFor();
    // Tried again while still offline: the same message, not an empty header.
    await failure.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await failure.waitFor();
    await failure.getByRole('button', { name: 'Sluiten' }).click();
    expect(await failure.count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();

    await page.unroute(dialogCode);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    expect(await failure.count()).toBe(0);
  });
});
