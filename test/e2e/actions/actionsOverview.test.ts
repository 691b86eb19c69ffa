import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';
import { actionRecord, dayFromToday, personRecord, putRecords, readRecord } from './seed';

const session = useBrowserSession();

const rows = (page: Page) =>
  page.locator('[data-action-row]').evaluateAll((found) => found.map((row) => row.getAttribute('data-action-row')));
const cell = (page: Page, what: string, column: number) =>
  page.locator(`[data-action-row="${what}"] td:nth-child(${column})`).textContent();
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));

/** Registers a case through the UI and returns its id and reference. */
async function newCase(page: Page, title: string) {
  await page.getByRole('link', { name: 'Casussen' }).click();
  const reference = await registerCase(page, { title, question: 'Mag dit?', owner: 'J. Dekker' });
  return { id: new URL(page.url()).hash.replace('#/casussen/', ''), reference };
}

async function seedOverview(page: Page) {
  const cameras = await newCase(page, 'Camera’s op het Stationsplein');
  const fraud = await newCase(page, 'Risicomodel bijstand');
  const noor = personRecord('Noor Hendriks');
  await putRecords(page, 'people', [noor]);
  await putRecords(page, 'actions', [
    actionRecord(cameras.id, 'Bewaartermijn navragen', dayFromToday(-5), { ownerId: noor.id }),
    actionRecord(fraud.id, 'Bewoners uitnodigen', dayFromToday(0)),
    actionRecord(cameras.id, 'Concept rondsturen', dayFromToday(10)),
    actionRecord(fraud.id, 'Algoritmeregister bijwerken', ''),
    actionRecord(fraud.id, 'Subsidie verantwoorden', dayFromToday(-30)),
    actionRecord(cameras.id, 'Al afgerond', dayFromToday(-3), { state: 'done', doneAt: new Date().toISOString() }),
    actionRecord(fraud.id, 'Weggegooid', dayFromToday(-3), { deletedAt: new Date().toISOString() }),
  ]);
  await page.getByRole('link', { name: 'Acties' }).click();
  await page.locator('[data-action-row]').first().waitFor();
  return { cameras, fraud };
}

describe('open actions overview', () => {
  it('lists the open actions of all cases, overdue first and labelled in words', async () => {
    const page = await session.newProfile().open();
    const { cameras } = await seedOverview(page);

    expect(await rows(page)).toEqual([
      'Subsidie verantwoorden',
      'Bewaartermijn navragen',
      'Bewoners uitnodigen',
      'Concept rondsturen',
      'Algoritmeregister bijwerken',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'open acties' }).textContent()).toBe('5 open acties, waarvan 2 te laat.');
    expect(await cell(page, 'Bewaartermijn navragen', 5)).toBe(`${dutchDate(dayFromToday(-5))} te laat`);
    expect(await cell(page, 'Subsidie verantwoorden', 5)).toBe(`${dutchDate(dayFromToday(-30))} te laat`);
    expect(await cell(page, 'Bewoners uitnodigen', 5)).toBe(dutchDate(dayFromToday(0)));
    expect(await cell(page, 'Algoritmeregister bijwerken', 5)).toBe('—');
    expect(await cell(page, 'Bewaartermijn navragen', 4)).toBe('Noor Hendriks');
    expect(await cell(page, 'Concept rondsturen', 4)).toBe('—');

    const caseLink = page.locator('[data-action-row="Bewaartermijn navragen"] td:nth-child(3) a');
    await expect.poll(() => caseLink.textContent()).toBe(`${cameras.reference} Camera’s op het Stationsplein`);
    expect(await caseLink.getAttribute('href')).toBe(`#/casussen/${cameras.id}`);
    await caseLink.click();
    await page.getByRole('heading', { level: 1, name: 'Camera’s op het Stationsplein' }).waitFor();
  });

  it('filters to overdue actions, and a done action leaves the list for good', async () => {
    const page = await session.newProfile().open();
    await seedOverview(page);

    await page.getByLabel('Alleen te laat').check();
    await expect.poll(() => rows(page)).toEqual(['Subsidie verantwoorden', 'Bewaartermijn navragen']);
    expect(page.url()).toContain('teLaat=1');
    await page.getByText('2 acties zijn te laat.').waitFor();
    await page.locator('[data-action-row="Bewaartermijn navragen"] td:nth-child(3) a').click();
    // On the case page first: otherwise the overview may never have been left, and its own state would pass the check below.
    await page.getByRole('heading', { level: 1, name: 'Camera’s op het Stationsplein' }).waitFor();
    await page.goBack();
    await expect.poll(() => rows(page)).toEqual(['Subsidie verantwoorden', 'Bewaartermijn navragen']);
    expect(await page.getByLabel('Alleen te laat').isChecked()).toBe(true);
    await page.getByLabel('Alleen te laat').uncheck();
    await expect.poll(() => rows(page)).toHaveLength(5);

    // With the keyboard: Space ticks the box, the row goes, focus moves to the next row.
    const done = page.getByRole('checkbox', { name: '‘Bewoners uitnodigen’ gereed' });
    await done.focus();
    await page.keyboard.press('Space');
    await page.getByText('‘Bewoners uitnodigen’ is gereed gemeld.', { exact: false }).waitFor();
    expect(await rows(page)).toEqual(['Subsidie verantwoorden', 'Bewaartermijn navragen', 'Concept rondsturen', 'Algoritmeregister bijwerken']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('‘Concept rondsturen’ gereed');

    await page.reload();
    await page.locator('[data-action-row]').first().waitFor();
    expect(await rows(page)).toEqual(['Subsidie verantwoorden', 'Bewaartermijn navragen', 'Concept rondsturen', 'Algoritmeregister bijwerken']);
  });

  it('stores the action as done, with the time it was done', async () => {
    const page = await session.newProfile().open();
    const { fraud } = await seedOverview(page);
    const action = actionRecord(fraud.id, 'Nog eentje', dayFromToday(1));
    await putRecords(page, 'actions', [action]);
    await page.reload();
    await page.getByRole('checkbox', { name: '‘Nog eentje’ gereed' }).click();
    await expect.poll(() => rows(page)).not.toContain('Nog eentje');
    expect(await readRecord(page, 'actions', action.id)).toMatchObject({ state: 'done', doneAt: expect.any(String), deletedAt: null });
  });

  it('reads the case of rows that scroll into view after the first screenful', async () => {
    const page = await session.newProfile().open();
    const { cameras, fraud } = await seedOverview(page);
    await putRecords(page, 'actions', [
      ...Array.from({ length: 45 }, (_, n) => actionRecord(cameras.id, `Stap ${n + 1}`, dayFromToday(1))),
      actionRecord(fraud.id, 'Helemaal onderaan', dayFromToday(400)),
    ]);
    await page.reload();
    await page.locator('[data-action-row]').first().waitFor();
    expect(await page.locator('[data-action-row="Helemaal onderaan"]').count()).toBe(0);
    await page.locator('.action-table').evaluate((table) => table.scrollTo(0, table.scrollHeight));
    const link = page.locator('[data-action-row="Helemaal onderaan"] td:nth-child(3) a');
    await expect.poll(() => link.textContent()).toBe(`${fraud.reference} Risicomodel bijstand`);
  });

  it('is accessible and fully reachable by keyboard, with and without actions', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Acties' }).click();
    await page.getByText('Er zijn geen open acties.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);

    await seedOverview(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.getByLabel('Alleen te laat').check();
    await expect.poll(() => rows(page)).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
  });
});
