import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSamples, planMeeting } from '../support/app';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const notes = (page: Page) => page.getByRole('textbox', { name: /^Aantekeningen bij/ });
const saved = (page: Page) => page.locator('.meeting-mode__header [data-save-status="saved"]').waitFor();
const agendaOrder = (page: Page) => page.locator('.agenda-list li a').allTextContents();

describe('meetings', () => {
  it('plans a meeting with two cases, reorders the agenda by keyboard and prints it', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering december', ['camera', 'drukte']);
    expect((await agendaOrder(page)).map((t) => t.replace(/^EA-\d{4}-\d{3} · /, ''))).toEqual([
      'Slimme camera\'s op het Stationsplein',
      'Drukte meten met sensoren in de binnenstad',
    ]);

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('button', { name: /Drukte meten met sensoren in de binnenstad een plaats omhoog/ }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergadering december' }).waitFor();
    expect((await agendaOrder(page))[0]).toMatch(/Drukte meten/);

    await page.getByRole('link', { name: 'Agenda afdrukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda: Vergadering december' }).waitFor();
    expect(await page.locator('.printable-agenda__items li strong').allTextContents()).toEqual([
      expect.stringMatching(/Drukte meten/),
      expect.stringMatching(/Slimme camera/),
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records notes, a structured record and an action live; all of it survives a reload and shows on the case', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering januari', ['camera', 'drukte']);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    await notes(page).click();
    await page.keyboard.type('Zorgen over groepsvorming als signaal.');
    await page.getByRole('button', { name: 'Actor toevoegen' }).click();
    await page.getByLabel('Naam van de actor').fill('Reizigers');
    await page.getByLabel('Positieve effecten').fill('Sneller hulp bij incidenten');
    await page.getByLabel('Negatieve effecten').fill('Gevoel bekeken te worden');
    await page.getByLabel('Waarden', { exact: true }).fill('privacy\nveiligheid');
    await page.getByLabel('Technologie (ontwerp)').fill('Geen gezichtsherkenning');
    await page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).fill('Eén lid wil geen proef.');
    await page.keyboard.press('Alt+A');
    expect(await page.evaluate(() => document.activeElement?.closest('.actions-pane') !== null)).toBe(true);
    await page.keyboard.type('DPIA aanvullen met beeldanalyse');
    await page.getByLabel('Uiterlijk').fill('2026-01-15');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByText('DPIA aanvullen met beeldanalyse').waitFor();
    await saved(page);

    await page.reload();
    await expect.poll(() => notes(page).textContent()).toBe('Zorgen over groepsvorming als signaal.');
    expect(await page.getByLabel('Naam van de actor').inputValue()).toBe('Reizigers');
    expect(await page.getByLabel('Waarden', { exact: true }).inputValue()).toBe('privacy\nveiligheid');
    expect(await page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).inputValue()).toBe('Eén lid wil geen proef.');
    expect(await page.locator('.actions-pane li').textContent()).toMatch(/DPIA aanvullen met beeldanalyse.*te laat/);

    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { level: 1, name: /Drukte meten/ }).waitFor();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByRole('heading', { level: 1, name: /Slimme camera/ }).waitFor();

    await page.locator('.meeting-mode__agenda a').click();
    await page.locator('.agenda-list li a').first().click();
    const panel = page.locator('.case-meetings');
    await panel.getByText('Zorgen over groepsvorming als signaal.').waitFor();
    expect(await panel.textContent()).toMatch(/Reizigers: \+ Sneller hulp bij incidenten \/ − Gevoel bekeken te worden \(privacy, veiligheid\)/);
    expect(await panel.textContent()).toMatch(/DPIA aanvullen met beeldanalyse · 15 januari 2026 · te laat/);
  });

  it('keeps notes typed before a pause when the browser is killed 300 ms after the last keystroke', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering februari', ['camera']);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    const url = page.url();
    await notes(page).click();
    await page.keyboard.type('Eerste gedachte. ');
    await page.waitForTimeout(1000);
    await page.keyboard.type('Tweede');
    await page.waitForTimeout(300);
    await profile.kill();

    page = await profile.open();
    await page.goto(url);
    await expect.poll(() => notes(page).textContent()).toMatch(/^Eerste gedachte\./);
  });

  it('restores an earlier version of a note, keeping the replaced text as a version too', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering maart', ['camera']);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    await notes(page).click();
    await page.keyboard.type('Versie een.');
    await saved(page);
    await page.getByRole('button', { name: 'Versie bewaren' }).click();
    await page.keyboard.press('End');
    await notes(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Later toegevoegd.');
    await saved(page);
    await page.getByRole('button', { name: 'Eerdere versies' }).click();
    await page.locator('.revisions__list li', { hasText: 'zelf bewaard' }).getByRole('button', { name: 'Deze versie terugzetten' }).click();
    await expect.poll(() => notes(page).textContent()).toBe('Versie een.');
    await page.locator('.revisions__list li', { hasText: 'vóór het terugzetten' }).waitFor();
    await page.reload();
    await expect.poll(() => notes(page).textContent()).toBe('Versie een.');
  });

  it('moves notes and a record to the trash and puts them back', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await planMeeting(page, 'Vergadering april', ['camera']);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    const url = page.url();
    await notes(page).click();
    await page.keyboard.type('Weg en weer terug.');
    await page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).fill('Minderheid');
    await saved(page);
    await page.getByRole('button', { name: 'Aantekeningen naar de prullenbak' }).click();
    await page.getByRole('button', { name: 'Verslag naar de prullenbak' }).click();
    await expect.poll(() => notes(page).textContent()).toBe('');
    await expect.poll(() => page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).inputValue()).toBe('');

    await page.goto(`${url.split('#')[0]}#/prullenbak`);
    await page.getByText('Weg en weer terug.').waitFor();
    // Each restore re-reads the trash, so a button list taken once goes stale: restore the first
    // item, wait for the trash to shrink, and go on; the notes and the record are the two in it.
    const restoreButtons = page.getByRole('button', { name: 'Terugzetten' });
    await expect.poll(() => restoreButtons.count()).toBe(2);
    for (let left = 2; left > 0; left--) {
      await restoreButtons.first().click();
      await expect.poll(() => restoreButtons.count()).toBe(left - 1);
    }
    await page.getByText('De prullenbak is leeg.').waitFor();

    await page.goto(url);
    await expect.poll(() => notes(page).textContent()).toBe('Weg en weer terug.');
    expect(await page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).inputValue()).toBe('Minderheid');
  });

  it('has no axe violations and full keyboard reach on the meeting form, page and meeting mode', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    await page.getByRole('link', { name: 'Vergaderingen' }).click();
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByLabel('Casus zoeken op titel of zaaknummer').fill('camera');
    await page.getByRole('button', { name: /op de agenda zetten$/ }).first().click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByRole('link', { name: 'Vergadermodus' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    await page.getByRole('button', { name: 'Actor toevoegen' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
  });
});
