import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';
import { addMember, declareConflict, memberRow, openPeople, registerPerson } from './steps';

const session = useBrowserSession();

const administratorWarning = 'Deze persoon is bestuurder; bestuurders nemen bewust geen zitting in het adviesorgaan.';
const excludedWarning = 'Deze persoon heeft een belang gemeld en neemt niet deel aan de beraadslaging over deze casus.';

const warningsOf = (page: Page, name: string) => memberRow(page, name).locator('[data-warning]').allTextContents();

async function registerTwoPeople(page: Page): Promise<void> {
  await openPeople(page);
  await registerPerson(page, { name: 'Noor Hendriks', roles: ['Lid adviesorgaan'], discipline: 'privacy' });
  await registerPerson(page, { name: 'Wim Jansen', roles: ['Gast'], administrator: true });
  await page.getByRole('link', { name: 'Casussen' }).click();
}

describe('composing the board of a case', () => {
  it('warns about a bestuurder as lid and a member excluded by a conflict; every edit is stored within a second', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerTwoPeople(page);
    await registerCase(page, { title: 'Slimme camera’s op het Stationsplein', question: 'Mogen we gezichten vervagen?', owner: 'R. de Boer' });
    const url = page.url();
    await page.getByText('Nog niemand toegevoegd aan het adviesorgaan voor deze casus.').waitFor();

    await addMember(page, 'Wim Jansen (bestuurder)', 'Lid adviesorgaan');
    await expect.poll(() => warningsOf(page, 'Wim Jansen')).toEqual([administratorWarning]);
    expect(await memberRow(page, 'Wim Jansen').getByRole('alert').isVisible()).toBe(true);
    await addMember(page, 'Noor Hendriks', 'Lid adviesorgaan');
    await declareConflict(page, 'Noor Hendriks', 'Werkte mee aan de aanbesteding van de camera’s.', 'Neemt niet deel');
    await expect.poll(() => warningsOf(page, 'Noor Hendriks')).toEqual([excludedWarning]);
    // The board (and with it the warning) changes before the declaration is written; the form is
    // cleared only after the write, so it is polled.
    const conflictForm = page.getByRole('form', { name: 'Belang melden' });
    await expect.poll(() => conflictForm.getByLabel('Omschrijving van het belang').inputValue()).toBe('');
    await expect.poll(() => conflictForm.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.locator('[data-conflict-row="Noor Hendriks"] td').allInnerTexts()).toEqual([
      'Noor Hendriks',
      expect.stringMatching(/^\d{1,2} \w+ \d{4}$/),
      'Werkte mee aan de aanbesteding van de camera’s.',
      'Neemt niet deel',
      'Intrekken',
    ]);

    // A crash 700 ms after the last edit: nothing may be lost.
    await page.waitForTimeout(700);
    await profile.kill();
    page = await profile.open();
    await page.goto(url);
    await memberRow(page, 'Wim Jansen').waitFor();
    expect(await page.locator('.case-board [data-board-member]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-board-member')))).toEqual([
      'Wim Jansen',
      'Noor Hendriks',
    ]);
    expect(await memberRow(page, 'Wim Jansen').textContent()).toContain('Lid adviesorgaan');
    expect(await warningsOf(page, 'Wim Jansen')).toEqual([administratorWarning]);
    expect(await warningsOf(page, 'Noor Hendriks')).toEqual([excludedWarning]);
    expect(await page.locator('[data-conflict-row="Noor Hendriks"] td').nth(3).textContent()).toBe('Neemt niet deel');

    await page.getByRole('button', { name: 'Wim Jansen (Lid adviesorgaan) verwijderen uit deze casus' }).click();
    await page.getByText('Wim Jansen is uit het adviesorgaan van deze casus gehaald.').waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Samenstelling adviesorgaan');
    await page.locator('.case-board [data-save-status="saved"]').waitFor();
    await page.reload();
    await memberRow(page, 'Noor Hendriks').waitFor();
    expect(await memberRow(page, 'Wim Jansen').count()).toBe(0);

    // Withdrawn, the declaration no longer keeps her out; the advice log keeps that it was there.
    await page.getByRole('button', { name: /^Melding van Noor Hendriks van .+ intrekken$/ }).click();
    await page.getByText('De melding van Noor Hendriks is ingetrokken.').waitFor();
    await page.locator('.case-board [data-save-status="saved"]').waitFor();
    await page.reload();
    await memberRow(page, 'Noor Hendriks').waitFor();
    expect(await page.locator('[data-conflict-row]').count()).toBe(0);
    expect(await warningsOf(page, 'Noor Hendriks')).toEqual([]);

    // Off this board, still in the register.
    await openPeople(page);
    await page.locator('[data-person-row="Wim Jansen"]').waitFor();
  });

  it('warns when the same person is added twice and when a member has since been made inactive', async () => {
    const page = await session.newProfile().open();
    await registerTwoPeople(page);
    await registerCase(page, { title: 'Inkomensapp', question: 'Mogen we gegevens koppelen?', owner: 'S. Yilmaz' });
    const url = page.url();
    await addMember(page, 'Noor Hendriks', 'Lid adviesorgaan');
    await addMember(page, 'Noor Hendriks', 'Voorzitter');
    await expect.poll(() => warningsOf(page, 'Noor Hendriks')).toEqual([
      'Deze persoon staat meer dan eens in het adviesorgaan van deze casus.',
      'Deze persoon staat meer dan eens in het adviesorgaan van deze casus.',
    ]);

    await openPeople(page);
    await page.getByRole('button', { name: 'Noor Hendriks inactief maken' }).click();
    await page.getByText(/Noor Hendriks is inactief gemaakt/).waitFor();
    await page.goto(url);
    await memberRow(page, 'Noor Hendriks').first().waitFor();
    expect(await memberRow(page, 'Noor Hendriks').first().locator('[data-warning]').allTextContents()).toEqual([
      'Deze persoon is inactief in het personenregister.',
      'Deze persoon staat meer dan eens in het adviesorgaan van deze casus.',
    ]);
    const offered = await page.getByRole('form', { name: 'Aan adviesorgaan toevoegen' }).getByLabel('Persoon').locator('option').allTextContents();
    expect(offered).toEqual(['Wim Jansen (bestuurder)']);
  });
});
