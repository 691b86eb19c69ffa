import type { Page } from 'playwright-core';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import { adviceSource, adviceVersion, docOf, paragraph } from '../../fixtures/export/adviceSource';
import { putRecords } from '../actions/seed';

/** Steps of the advice flow, said the same way by every test that needs them. */

export async function setUserName(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('Uw naam').fill(name);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('De instellingen zijn opgeslagen.').waitFor();
}

/** Walks the case through the given statuses with the control on the case page. */
export async function moveCaseThrough(page: Page, statuses: string[]): Promise<void> {
  for (const status of statuses) {
    await page.getByLabel('Nieuwe status').selectOption({ label: status });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.locator('.case-page .status-label', { hasText: status }).waitFor();
  }
}

/** The structured record in meeting mode: one actor with effects and values, an option per direction, a dissent. */
export async function fillDeliberationRecord(
  page: Page,
  record: { actor: string; positive: string; negative: string; values: string; options: [string, string, string]; dissent: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Actor toevoegen' }).click();
  await page.getByLabel('Naam van de actor').fill(record.actor);
  await page.getByLabel('Positieve effecten').fill(record.positive);
  await page.getByLabel('Negatieve effecten').fill(record.negative);
  await page.getByLabel('Waarden', { exact: true }).fill(record.values);
  await page.getByLabel('Technologie (ontwerp)').fill(record.options[0]);
  await page.getByLabel('Omgeving (beleid, afspraken)').fill(record.options[1]);
  await page.getByLabel('Gebruiker (gedrag)').fill(record.options[2]);
  await page.getByRole('textbox', { name: 'Afwijkende standpunten en minderheidsstandpunt' }).fill(record.dissent);
  await page.locator('.meeting-mode__header [data-save-status="saved"]').waitFor();
}

export const adviceSection = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

/** Resolves once the advice editor reports the text stored. */
export async function adviceSaved(page: Page): Promise<void> {
  await page.locator('.advice-editor__status [data-save-status="saved"]').waitFor();
}

/** Presses a version step button and waits until the page shows the version in its new status. */
export async function stepVersion(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByText(new RegExp(`^U ziet versie \\d+ \\(${status}\\)\\.$`)).waitFor();
}

export async function recordReview(page: Page, member: string, kind: 'commentaar' | 'goedgekeurd', comment = ''): Promise<void> {
  const reviews = page.locator('.advice-reviews');
  const before = await reviews.locator('li').count();
  await reviews.getByLabel('Lid van het adviesorgaan').selectOption({ label: member });
  await reviews.getByLabel('Soort reactie').selectOption({ label: kind });
  await reviews.getByLabel('Commentaar', { exact: true }).fill(comment);
  await reviews.getByRole('button', { name: 'Reactie vastleggen' }).click();
  await reviews.locator('li').nth(before).waitFor();
}

/** One outcome panel on the advice page: Feitencheck, Conclusie proceseigenaar, Opvolging or Publicatie. */
export const outcomePanel = (page: Page, name: 'factCheck' | 'conclusion' | 'followUp' | 'publication') =>
  page.locator(`[data-outcome="${name}"]`);

/** The audit trail's sentences, newest first. */
export const auditSentences = (page: Page) => page.locator('.audit-trail tbody tr td:nth-child(3)').allTextContents();

/** An issued advice whose considerations name a resident who is in no register: what the publication review must catch. */
export async function seedAdviceNaming(page: Page, resident: string): Promise<AdviceSource> {
  const base = adviceVersion();
  const source = adviceSource({
    version: { ...base, sections: { ...base.sections, considerations: docOf(paragraph(`Mevrouw ${resident} belde over de camera bij haar voordeur.`)) } },
  });
  await putRecords(page, 'cases', [source.caseRecord]);
  await putRecords(page, 'advices', [source.advice!]);
  await putRecords(page, 'adviceVersions', [source.version]);
  return source;
}
