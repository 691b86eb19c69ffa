import type { Page } from 'playwright-core';

/** Steps a user takes often enough that every test should say them the same way. */
export async function registerCase(
  page: Page,
  fields: { title: string; question: string; owner: string; description?: string },
): Promise<string> {
  await page.getByRole('button', { name: 'Casus registreren' }).click();
  await page.getByLabel('Titel').fill(fields.title);
  await page.getByLabel('Adviesvraag').fill(fields.question);
  await page.getByLabel('Naam proceseigenaar').fill(fields.owner);
  if (fields.description) {
    await page.getByRole('textbox', { name: 'Beschrijving' }).click();
    await page.keyboard.type(fields.description);
  }
  await page.getByRole('button', { name: 'Registreren' }).click();
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
