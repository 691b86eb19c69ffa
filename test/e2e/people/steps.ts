import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface PersonFields {
  name: string;
  roles: string[];
  discipline?: string;
  organisation?: string;
  administrator?: boolean;
}

export async function openPeople(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Personen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
}

/** Fills the form on the people page and adds the person; resolves once the register shows them. */
export async function registerPerson(page: Page, fields: PersonFields): Promise<void> {
  await page.getByLabel('Naam').fill(fields.name);
  for (const role of fields.roles) await page.getByLabel(role, { exact: true }).check();
  if (fields.discipline) await page.getByLabel('Discipline').fill(fields.discipline);
  if (fields.organisation) await page.getByLabel('Organisatie').fill(fields.organisation);
  if (fields.administrator) await page.getByLabel(/^Bestuurder/).check();
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.getByText(`${fields.name} is opgeslagen.`).waitFor();
  // The notice waits for the register to be read again, so the row is there with it.
  expect(await personRow(page, fields.name).count()).toBe(1);
}

/** The register's row for a person, by the name in its row header. */
export const personRow = (page: Page, name: string) => page.locator(`[data-person-row="${name}"]`);

/** A board member's row on the case page. */
export const memberRow = (page: Page, name: string) => page.locator(`.case-board [data-board-member="${name}"]`);

export async function addMember(page: Page, person: string, role: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Aan adviesorgaan toevoegen' });
  await form.getByLabel('Persoon').selectOption({ label: person });
  await form.getByLabel('Rol in deze casus').selectOption({ label: role });
  await form.getByRole('button', { name: 'Aan adviesorgaan toevoegen' }).click();
}

export async function declareConflict(page: Page, person: string, description: string, measure: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Belang melden' });
  await form.getByLabel('Persoon').selectOption({ label: person });
  await form.getByLabel('Omschrijving van het belang').fill(description);
  await form.getByLabel(measure, { exact: true }).check();
  await form.getByRole('button', { name: 'Melding vastleggen' }).click();
}
