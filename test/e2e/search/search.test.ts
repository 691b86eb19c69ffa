import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSamples, planMeeting } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const notes = (page: Page) => page.getByRole('textbox', { name: /^Aantekeningen bij/ });
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Zoekterm' });

/** The text the page highlighted for the search, and whether it is on screen. */
const landed = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('search-match');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    if (!range) return null;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), visible: box.top >= 0 && box.bottom <= window.innerHeight };
  });

describe('search', () => {
  it('finds a word of a note in another form and opens the note scrolled to it', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering februari', ['camera', 'drukte']);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    await page.getByRole('heading', { level: 1, name: /Slimme camera/ }).waitFor();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { level: 1, name: /Drukte meten/ }).waitFor();
    await notes(page).click();
    // Enough lines before the match that it starts out of sight.
    // Put in a line at a time (typing a thousand keys took up to 45 s on a loaded machine); the match itself is typed.
    for (let line = 1; line <= 40; line++) {
      await page.keyboard.insertText(`Regel ${line} over tellingen.`);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('De kentekenscanners blijven buiten beschouwing.');
    await page.locator('.meeting-mode__header [data-save-status="saved"]').waitFor();

    await page.getByRole('link', { name: 'Casussen' }).click();
    await page.keyboard.press('Control+K');
    await searchBox(page).waitFor();
    expect(await searchBox(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('kentekenscanner');
    const option = page.getByRole('option', { name: /kentekenscanners/ });
    await option.waitFor();
    expect(await page.getByRole('group', { name: /Aantekeningen/ }).count()).toBe(1);
    expect(await option.locator('mark').allTextContents()).toEqual(['kentekenscanners']);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Drukte meten/ }).waitFor();
    await expect.poll(() => landed(page)).toEqual({ text: 'kentekenscanners', visible: true });
  });

  it('narrows by kind; Escape first empties the box, then closes the search', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByRole('button', { name: /^Zoeken/ }).click();
    await searchBox(page).fill("camera's");
    await page.getByRole('group', { name: /Casussen/ }).waitFor();
    await page.getByLabel('Soort').selectOption({ label: 'Aantekeningen' });
    await page.getByText('Niets gevonden.').waitFor();
    await searchBox(page).focus();
    await page.keyboard.press('Escape');
    expect(await searchBox(page).inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await searchBox(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Zoeken/);
  });

  it('shows the five most similar earlier cases on a case page, each with its advice and conclusion', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByRole('link', { name: /Monitor sociaal domein/ }).click();
    const section = page.getByRole('region', { name: 'Vergelijkbare eerdere zaken' });
    await section.getByRole('listitem').first().waitFor();
    const titles = await section.getByRole('listitem').getByRole('link').allTextContents();
    expect(titles).toHaveLength(5);
    // Received after this case: not earlier, so no precedent.
    expect(titles.filter((title) => title.includes('Drones bij toezicht'))).toEqual([]);
    expect(titles.some((title) => title.includes('Dashboard personeelslasten'))).toBe(true);
    expect(await section.getByText('Nog geen conclusie ontvangen.').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('includes an earlier case as a reference in the draft advice from the similar cases, once', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByRole('link', { name: /Monitor sociaal domein/ }).click();
    const section = page.getByRole('region', { name: 'Vergelijkbare eerdere zaken' });
    const precedent = section.getByRole('listitem').filter({ hasText: 'Dashboard personeelslasten' });
    const include = precedent.getByRole('button', { name: 'Als referentie opnemen in advies' });
    await include.click();
    await section.getByRole('alert').getByText('Deze casus heeft nog geen advies.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Advies', exact: true }).click();
    await page.getByRole('button', { name: 'Advies opstellen' }).click();
    const references = page.getByRole('region', { name: 'Eerdere adviezen als referentie' });
    await references.getByText('Het advies verwijst nog niet naar eerdere zaken.').waitFor();
    await page.goBack();
    await include.click();
    const reference = (await precedent.getByRole('link').textContent())!.split(' · ')[0]!;
    await section.getByRole('status').getByText(`${reference} is als referentie opgenomen in het conceptadvies.`).waitFor();
    expect(await include.count()).toBe(0);
    await precedent.getByText('Opgenomen als referentie in het advies.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // From a search result of kind case, on this case's page.
    await page.keyboard.press('Control+K');
    await searchBox(page).fill('personeelslasten');
    await page.getByText(/Dashboard personeelslasten .* is opgenomen als referentie in het advies\./).waitFor();
    await searchBox(page).fill('drukte meten');
    await page.getByRole('button', { name: /^Als referentie opnemen in advies: .* · Drukte meten/ }).click();
    await page.getByRole('dialog').getByRole('status').getByText(/is als referentie opgenomen in het conceptadvies\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Advies', exact: true }).click();
    await references.getByRole('link', { name: new RegExp(`^${reference}: Dashboard personeelslasten`) }).waitFor();
    await references.getByRole('link', { name: /: Drukte meten/ }).waitFor();
    await references.getByRole('button', { name: `${reference} als referentie verwijderen` }).click();
    await references.getByRole('link', { name: /Dashboard personeelslasten/ }).waitFor({ state: 'detached' });
    expect(await references.getByRole('listitem').count()).toBe(1);
  });
});
