import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSamples } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const count = (page: Page) => page.locator('.case-count').textContent();
const references = (page: Page) => page.locator('[data-case-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-row')));
const statuses = (page: Page) => page.locator('[data-case-row] td:nth-child(3)').allTextContents();
/*
 * The filter lives in the URL, and the router applies a URL change in a transition, a moment
 * after the input event. Until it has, the rows are the old ones (a click on "the first row"
 * opens the wrong case) and the next filter control merges its change into the old filter.
 * So every filter change is followed by a wait for the list it must produce.
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
