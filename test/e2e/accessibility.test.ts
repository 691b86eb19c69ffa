import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSamples } from './support/app';
import { axeViolations } from './support/axe';
import { unreachableByTab } from './support/keyboard';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await unreachableByTab(page)).toEqual([]);
}

describe('accessibility (axe-core, WCAG 2.1 AA) and keyboard reach', () => {
  it('empty register and case list', async () => {
    const page = await session.newProfile().open();
    // The list is read after the first paint: check the empty register, not its loading line.
    await page.getByText('Nog geen casussen').waitFor();
    await expectAccessible(page);
    await loadSamples(page);
    await expectAccessible(page);
  });

  it('case form, blank and with validation errors', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    await page.getByRole('button', { name: 'Instrument toevoegen' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText(/Het formulier bevat/).waitFor();
    await expectAccessible(page);
  });

  it('case page with documents, a refused status change and the settings page', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.locator('[data-case-row] a').first().click();
    await page.getByLabel(/Document toevoegen/).setInputFiles({ name: 'notitie.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByText('notitie.pdf').waitFor();
    await page.getByLabel('Nieuwe status').selectOption('afgesloten');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    // Until the route has rendered, the case page is still what axe and Tab would see.
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await expectAccessible(page);
  });

  it('registers a case with the keyboard alone', async () => {
    const page = await session.newProfile().open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByRole('button', { name: 'Casus registreren' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Titel').waitFor();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && !(await page.getByLabel('Titel').evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Toetsenbordcasus');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Werkt alles zonder muis?');
    await page.getByLabel('Naam proceseigenaar').focus();
    await page.keyboard.type('K. Toets');
    await page.keyboard.press('Enter');
    await page.getByText(/is geregistreerd/).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Toetsenbordcasus');
  });
});
