import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session';
import { openPeople, personRow, registerPerson } from './steps';

const session = useBrowserSession();

const cells = (page: Page, name: string) => personRow(page, name).locator('th, td').allInnerTexts();
const showInactive = (page: Page) => page.getByLabel('Toon ook inactieve personen');
// The page announces a save or a status change only once it has read the register again, so the
// table is read straight after each notice: polling would hide a notice that came too early.

describe('people register', () => {
  it('registers, edits and makes a person inactive; nobody is ever deleted and all of it survives a reload', async () => {
    const page = await session.newProfile().open();
    await openPeople(page);
    await page.getByText('Nog geen personen geregistreerd.').waitFor();

    await registerPerson(page, { name: 'Noor Hendriks', roles: ['Lid adviesorgaan', 'Voorzitter'], discipline: 'privacy', organisation: 'Gemeente' });
    await registerPerson(page, { name: 'Wim Jansen', roles: ['Gast'], organisation: 'College van B&W', administrator: true });
    expect(await cells(page, 'Noor Hendriks')).toEqual(['Noor Hendriks', 'Voorzitter, Lid adviesorgaan', 'privacy', 'Gemeente', 'Actief', expect.any(String)]);
    expect((await cells(page, 'Wim Jansen')).slice(0, 5)).toEqual(['Wim Jansen (bestuurder)', 'Gast', '—', 'College van B&W', 'Actief']);

    await page.getByRole('button', { name: 'Noor Hendriks bewerken' }).click();
    await page.getByRole('heading', { name: 'Noor Hendriks bewerken' }).waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Noor Hendriks bewerken');
    expect(await page.getByLabel('Lid adviesorgaan', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Discipline').fill('juridisch');
    await page.getByLabel('Voorzitter', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Noor Hendriks is opgeslagen.').waitFor();
    expect((await cells(page, 'Noor Hendriks')).slice(1, 3)).toEqual(['Lid adviesorgaan', 'juridisch']);

    await page.getByRole('button', { name: 'Noor Hendriks inactief maken' }).click();
    await page.getByText(/Noor Hendriks is inactief gemaakt/).waitFor();
    expect(await personRow(page, 'Noor Hendriks').count()).toBe(0);
    await showInactive(page).check();
    expect((await cells(page, 'Noor Hendriks')).slice(0, 5)).toEqual(['Noor Hendriks', 'Lid adviesorgaan', 'juridisch', 'Gemeente', 'Inactief']);
    expect(await page.getByRole('button', { name: /verwijder/i }).count()).toBe(0);

    await page.reload();
    await personRow(page, 'Wim Jansen').waitFor();
    expect(await personRow(page, 'Noor Hendriks').count()).toBe(0);
    await showInactive(page).check();
    expect((await cells(page, 'Noor Hendriks')).slice(0, 5)).toEqual(['Noor Hendriks', 'Lid adviesorgaan', 'juridisch', 'Gemeente', 'Inactief']);
    expect((await cells(page, 'Wim Jansen')).slice(0, 5)).toEqual(['Wim Jansen (bestuurder)', 'Gast', '—', 'College van B&W', 'Actief']);

    await page.getByRole('button', { name: 'Noor Hendriks weer actief maken' }).click();
    await page.getByText('Noor Hendriks is weer actief.').waitFor();
    expect((await cells(page, 'Noor Hendriks'))[4]).toBe('Actief');
  });

  it('shows Dutch messages next to the name and the roles, says bestuurders do not sit on the body, and saves nothing invalid', async () => {
    const page = await session.newProfile().open();
    await openPeople(page);
    // The hint belongs to the form, which renders after the heading once its draft has been read.
    await expect.poll(() => page.getByText('Bestuurders nemen bewust geen zitting in het adviesorgaan.', { exact: false }).isVisible()).toBe(true);
    await page.getByLabel('Naam').fill('   ');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();

    await page.getByText('Het formulier bevat 2 fouten. Er is niets opgeslagen.').waitFor();
    const nameField = page.locator('.utrecht-form-field', { has: page.getByLabel('Naam') });
    expect(await nameField.locator('.utrecht-form-field-error-message').textContent()).toBe('Vul dit veld in.');
    expect(await page.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
    const roles = page.getByRole('group', { name: /^Rollen/ });
    expect(await roles.locator('.utrecht-form-field-error-message').textContent()).toBe('Kies er minstens één.');
    expect(await roles.getAttribute('aria-describedby')).toMatch(/error/);

    await page.reload();
    await page.getByText('Nog geen personen geregistreerd.').waitFor();
  });
});
