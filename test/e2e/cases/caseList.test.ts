import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSamples } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const count = (page: Page) => page.locator('.case-count').textContent();
const references = (page: Page) => page.locator('[data-case-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-row')));
const statuses = (page: Page) => page.locator('[data-case-row] td:nth-child(3)').allTextContents();
/** Sets selects in one task, as a quick user or a slow machine can, before the router catches up. */
const chooseAtOnce = (page: Page, choices: Record<string, string>) =>
  page.evaluate(`(() => {
    // React tracks the element's own value setter and would see no change; a user's choice goes past it.
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    for (const [name, value] of Object.entries(${JSON.stringify(choices)})) {
      const select = document.querySelector('.case-filters select[name="' + name + '"]');
      setValue.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  })()`);
/*
 * The filter is the page's own state, mirrored into the URL, which the router updates in a transition
 * a moment after the input event. The tests wait for the list a change must produce rather than read
 * the rows the moment the event has fired.
 */
const onlyIntake = async (page: Page) => {
  const shown = await statuses(page);
  return shown.length > 0 && shown.every((status) => status === 'Intake');
};

describe('case list', () => {
  it('filters by text, status, theme, year and classification, and sorts', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);

    await page.getByLabel('Zoek op titel of zaaknummer').fill('drone');
    await expect.poll(() => count(page)).toBe('1 van 10 casussen');
    expect(await page.locator('[data-case-row] a').textContent()).toMatch(/Drones/);
    await page.getByLabel('Zoek op titel of zaaknummer').fill('');
    await expect.poll(() => count(page)).toBe('10 van 10 casussen');

    await page.getByLabel('Status').selectOption('in_beraadslaging');
    await expect.poll(() => count(page)).toBe('4 van 10 casussen');
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => count(page)).toBe('10 van 10 casussen');

    await page.getByLabel('Classificatie').selectOption('vertrouwelijk');
    await expect.poll(() => count(page)).toBe('1 van 10 casussen');
    expect(await page.locator('[data-case-row] a').textContent()).toMatch(/ondermijning/i);
    await page.getByLabel('Classificatie').selectOption('');
    await expect.poll(() => count(page)).toBe('10 van 10 casussen');

    await page.getByLabel('Jaar van ontvangst').selectOption('2025');
    await expect.poll(() => count(page)).not.toBe('10 van 10 casussen');
    const dates = await page.locator('[data-case-row] td:nth-child(4)').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/ 2025$/);
    expect(await count(page)).toBe(`${dates.length} van 10 casussen`);
    await page.getByLabel('Jaar van ontvangst').selectOption('');
    await expect.poll(() => count(page)).toBe('10 van 10 casussen');

    await page.getByLabel('Thema').selectOption('sociaal domein');
    await expect.poll(() => count(page)).not.toBe('10 van 10 casussen');
    const themed = await page.locator('[data-case-row] td:nth-child(5)').allTextContents();
    expect(themed.length).toBeGreaterThan(0);
    for (const themes of themed) expect(themes).toContain('sociaal domein');
    await page.getByLabel('Thema').selectOption('');
    await expect.poll(() => count(page)).toBe('10 van 10 casussen');

    await page.getByLabel('Sorteren').selectOption('reference-asc');
    await expect.poll(() => references(page).then((r) => r[0])).toMatch(/-001$/);
    const ascending = await references(page);
    expect(ascending).toEqual([...ascending].sort());
    await page.getByLabel('Sorteren').selectOption('reference-desc');
    await expect.poll(() => references(page)).toEqual([...ascending].reverse());
  });

  it('keeps both of two filter changes made before the URL has the first', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await chooseAtOnce(page, { status: 'in_beraadslaging', thema: 'sociaal domein' });
    await expect.poll(() => page.evaluate('location.hash')).toMatch(/status=in_beraadslaging&thema=sociaal\+domein$/);
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('in_beraadslaging');
    const themed = await page.locator('[data-case-row] td:nth-child(5)').allTextContents();
    expect(await statuses(page)).toEqual(themed.map(() => 'In beraadslaging'));
    for (const themes of themed) expect(themes).toContain('sociaal domein');
  });

  it('keeps every letter typed quickly into the search box', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    const search = page.getByLabel('Zoek op titel of zaaknummer');
    await search.pressSequentially('drone');
    await expect.poll(() => count(page)).toBe('1 van 10 casussen');
    expect(await search.inputValue()).toBe('drone');
  });

  it('keeps the filter when returning from a case', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByLabel('Status').selectOption('intake');
    await expect.poll(() => onlyIntake(page)).toBe(true);
    await page.locator('[data-case-row] a').first().click();
    // On the case page first, so the list is really left and later rebuilt from the history entry.
    await page.locator('.case-page').waitFor();
    await page.getByRole('link', { name: 'Casussen' }).click();
    // The case page has a "Nieuwe status" select, so the label must match exactly and
    // the value is polled until the list has replaced the case page.
    const listStatus = page.getByLabel('Status', { exact: true });
    await expect.poll(() => listStatus.inputValue()).toBe('');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => listStatus.inputValue()).toBe('intake');
  });

  it('changes status along the allowed path and refuses a jump with a clear message', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByLabel('Status').selectOption('intake');
    await expect.poll(() => onlyIntake(page)).toBe(true);
    await page.locator('[data-case-row] a').first().click();
    const status = page.locator('.case-page .status-label').first();
    expect(await status.textContent()).toBe('Intake');

    await page.getByLabel('Nieuwe status').selectOption('gepubliceerd');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('Van ‘Intake’ kan de casus niet direct naar ‘Gepubliceerd’. Er is niets gewijzigd.').waitFor();
    expect(await status.textContent()).toBe('Intake');

    await page.getByLabel('Nieuwe status').selectOption('in_voorbereiding');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect.poll(() => status.textContent()).toBe('In voorbereiding');
    await page.reload();
    await expect.poll(() => page.locator('.case-page .status-label').first().textContent()).toBe('In voorbereiding');
  });

  it('archives a case out of the list and restores it', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByLabel('Zoek op titel of zaaknummer').fill('drone');
    await expect.poll(() => count(page)).toBe('1 van 10 casussen');
    await page.locator('[data-case-row] a').first().click();
    await page.getByRole('button', { name: 'Archiveren' }).click();
    await page.getByText('Deze casus is gearchiveerd.', { exact: false }).waitFor();
    await page.goBack();
    await expect.poll(() => count(page)).toBe('0 van 10 casussen');
    await page.getByLabel('Ook gearchiveerde casussen tonen').check();
    await expect.poll(() => count(page)).toBe('1 van 10 casussen');
    await page.locator('[data-case-row] a').first().click();
    await page.getByRole('button', { name: 'Terugzetten uit archief' }).click();
    await page.getByRole('button', { name: 'Archiveren' }).waitFor();
  });
});
