import type { Page } from 'playwright-core';

/** Steps a user takes often enough that every test should say them the same way. */

/** The case registration (or edit) form; rendered only once any stored draft has been restored. */
export const caseForm = (page: Page) => page.locator('form.case-form');

export async function registerCase(
  page: Page,
  fields: { title: string; question: string; owner: string; description?: string },
): Promise<string> {
  await page.getByRole('button', { name: 'Casus registreren' }).click();
  // Scoped to the form, which only exists once the page has changed: with cases in the list,
  // a bare 'Titel' also matches the list's "Zoek op titel of zaaknummer" until the form renders.
  const form = caseForm(page);
  await form.getByLabel('Titel').fill(fields.title);
  await form.getByLabel('Adviesvraag').fill(fields.question);
  await form.getByLabel('Naam proceseigenaar').fill(fields.owner);
  if (fields.description) {
    await form.getByRole('textbox', { name: 'Beschrijving' }).click();
    await page.keyboard.type(fields.description);
  }
  await form.getByRole('button', { name: 'Registreren' }).click();
  const notice = page.getByText(/Casus .+ is geregistreerd\./);
  await notice.waitFor();
  return (await notice.textContent())!.replace(/^Casus (.+) is geregistreerd\.$/, '$1');
}

export async function loadSamples(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Voorbeeldcasussen laden' }).click();
  await page.getByText('10 van 10 casussen').waitFor();
}

/** Resolves once the description's save indicator reports a committed write. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('.description [data-save-status="saved"]').waitFor();
}

/** Plans a meeting through the form with the cases found by the given search texts, in that order. */
export async function planMeeting(page: Page, title: string, caseSearches: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Vergaderingen' }).click();
  await page.getByRole('button', { name: 'Vergadering plannen' }).click();
  await page.getByLabel(/^Titel/).fill(title);
  await page.getByLabel('Datum en tijd').fill('2026-12-01T14:00');
  for (const search of caseSearches) {
    await page.getByLabel('Casus zoeken op titel of zaaknummer').fill(search);
    await page.getByRole('button', { name: /op de agenda zetten$/ }).first().click();
  }
  await page.getByRole('button', { name: 'Vergadering plannen' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
