import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

const detail = (page: Page, key: string) =>
  page.locator('.utrecht-data-list__item', { has: page.locator('.utrecht-data-list__item-key', { hasText: key }) }).locator('.utrecht-data-list__item-value');

describe('registering a case', () => {
  it('registers a complete case that survives a reload and a browser restart exactly as entered', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    await page.getByLabel('Titel').fill('Sensoren tellen fietsers op de Brink');
    await page.getByLabel('Adviesvraag').fill('Mogen we tellingen per uur bewaren?\nEn hoe lang?');
    await page.getByRole('textbox', { name: 'Beschrijving' }).click();
    await page.keyboard.type('Telpalen bij de ingang van het plein.');
    await page.getByLabel('Datum ontvangst').fill('2026-04-02');
    await page.getByLabel('Ongevraagd advies').check();
    await page.getByLabel('Aanvrager').fill('Team Mobiliteit');
    await page.getByLabel('Naam proceseigenaar').fill('Joris van Dijk');
    await page.getByLabel('Afdeling').fill('Mobiliteit');
    await page.getByLabel('Contactgegevens').fill('j.vandijk@gemeente.example.nl');
    await page.getByLabel('Soort technologie').selectOption('sensor');
    await page.getByLabel('Thema’s').fill('mobiliteit, openbare ruimte');
    await page.getByLabel('privacy').check();
    await page.getByLabel('transparantie').check();
    await page.getByLabel('Andere waarden').fill('leefbaarheid');
    await page.getByRole('button', { name: 'Instrument toevoegen' }).click();
    await page.getByLabel('Instrument', { exact: true }).selectOption('dpia');
    await page.getByLabel('Stand van zaken').selectOption('afgerond');
    await page.getByLabel('Link').fill('https://intranet.example.nl/dpia-telpalen');
    await page.getByLabel('Documentverwijzing').fill('DPIA telpalen v1.0');
    await page.getByLabel('Niet actief openbaar maken').check();
    await page.getByRole('button', { name: 'Registreren' }).click();

    await page.getByText(/Casus EA-\d{4}-001 is geregistreerd\./).waitFor();
    const expectCase = async (p: Page) => {
      await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toBe('Sensoren tellen fietsers op de Brink');
      expect(await detail(p, 'Adviesvraag').innerText()).toBe('Mogen we tellingen per uur bewaren?\nEn hoe lang?');
      expect(await detail(p, 'Proceseigenaar').textContent()).toBe('Joris van Dijk · Mobiliteit · j.vandijk@gemeente.example.nl');
      expect(await detail(p, 'Aanvrager').textContent()).toBe('Team Mobiliteit');
      expect(await detail(p, 'Soort advies').textContent()).toBe('Ongevraagd advies');
      expect(await detail(p, 'Datum ontvangst').textContent()).toBe('2 april 2026');
      expect(await detail(p, 'Soort technologie').textContent()).toBe('Sensoren');
      expect(await detail(p, 'Thema’s').textContent()).toBe('mobiliteit, openbare ruimte');
      expect(await detail(p, 'Waarden').textContent()).toBe('privacy, transparantie, leefbaarheid');
      expect(await detail(p, 'Classificatie').textContent()).toBe('Niet actief openbaar maken');
      expect(await p.locator('.instrument-list').textContent()).toBe(
        'DPIA: Afgerond · DPIA telpalen v1.0 · intranet.example.nl',
      );
      expect(await p.getByRole('textbox', { name: 'Beschrijving' }).textContent()).toBe('Telpalen bij de ingang van het plein.');
      expect(await p.locator('.case-page__reference').textContent()).toMatch(/^EA-\d{4}-001$/);
    };
    await expectCase(page);

    await page.reload();
    await expectCase(page);

    const url = page.url();
    await profile.close();
    page = await profile.open();
    await page.goto(url);
    await expectCase(page);
  });

  it('shows a Dutch message next to each invalid field and saves nothing', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    await page.getByLabel('Titel').fill('   ');
    await page.getByLabel('Datum ontvangst').fill('');
    await page.getByRole('button', { name: 'Instrument toevoegen' }).click();
    await page.getByLabel('Link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Registreren' }).click();

    await page.getByText(/Het formulier bevat 5 fouten\. Er is niets opgeslagen\./).waitFor();
    const errorFor = (label: string) =>
      page.locator('.utrecht-form-field', { has: page.getByLabel(label) }).locator('.utrecht-form-field-error-message');
    expect(await errorFor('Titel').textContent()).toBe('Vul dit veld in.');
    expect(await errorFor('Adviesvraag').textContent()).toBe('Vul dit veld in.');
    expect(await errorFor('Naam proceseigenaar').textContent()).toBe('Vul dit veld in.');
    expect(await errorFor('Datum ontvangst').textContent()).toBe('Vul een geldige datum in.');
    expect(await errorFor('Link').textContent()).toMatch(/^Vul een volledig https-adres in/);
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('link', { name: 'Casussen' }).click();
    await page.getByText('Nog geen casussen').waitFor();
  });

  it('numbers consecutive registrations and edits a case through the form', async () => {
    const page = await session.newProfile().open();
    const first = await registerCase(page, { title: 'Eerste', question: 'Vraag een', owner: 'A. Bakker' });
    await page.getByRole('link', { name: 'Casussen' }).click();
    const second = await registerCase(page, { title: 'Tweede', question: 'Vraag twee', owner: 'B. Smit' });
    expect(first).toMatch(/^EA-\d{4}-001$/);
    expect(second).toBe(first.replace(/001$/, '002'));

    await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await page.getByLabel('Titel').fill('Tweede, herzien');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tweede, herzien');
    expect(await page.locator('.case-page__reference').textContent()).toBe(second);
  });
});
