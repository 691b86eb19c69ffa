import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultScreeningTemplate } from '@shared/screening/defaultTemplate';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

const question = (page: Page) => page.locator('.screening-question__text').innerText();

async function startScreening(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Screenings' }).click();
  await page.getByRole('button', { name: 'Nieuwe screening' }).click();
  await page.getByLabel(/^Naam van het project/).fill(title);
  await page.getByLabel(/^Uw naam/).fill('Projectleider');
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.locator('.screening-question__text').waitFor();
}

describe('screening template versions', () => {
  it('publishes a changed question as version 2 while a screening on version 1 keeps its own questions', async () => {
    const page = await session.newProfile().open();
    await startScreening(page, 'Cameratoezicht');
    const original = await question(page);
    expect(original).toMatch(/^Democratische besluitvorming: Raakt/);
    await page.getByLabel('Nee', { exact: true }).check();
    await page.getByText('Antwoord bewaard').waitFor();

    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Screening: checklist en vragenlijst' }).click();
    await page.getByText(/^Huidige versie: 1,/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Tekst van vraag 1', { exact: true }).fill('Democratische besluitvorming: wie beslist er mee over dit project?');
    await page.getByRole('button', { name: 'Publiceren als versie 2' }).click();
    await page.getByText(/^Versie 2 is gepubliceerd\./).waitFor();
    await page.getByText(/^Huidige versie: 2,/).waitFor();

    // A file whose branching can never show a question is read, but cannot be published.
    const broken = defaultScreeningTemplate();
    const technology = broken.questions.find((q) => q.id === 'technology')!;
    technology.showIf = { all: [{ question: 'principleDemocracy', anyOf: ['ja'] }, { question: 'principleDemocracy', anyOf: ['nee'] }] };
    await page.setInputFiles('#screening-template-import', { name: 'sjabloon.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByText('Het bestand is ingelezen. Controleer het en publiceer het als nieuwe versie.').waitFor();
    await page.getByRole('button', { name: 'Publiceren als versie 3' }).click();
    await page.getByText('Deze versie kan niet worden gepubliceerd:').waitFor();
    expect(await page.getByRole('listitem').allInnerTexts()).toContain('Er is geen antwoord waarbij vraag ‘Welke technologie gebruikt het project?’ (technology) wordt getoond.');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Screenings' }).click();
    await page.getByRole('link', { name: 'Cameratoezicht' }).click();
    await page.getByText('Ingevuld met Screening digitale ethiek, versie 1').waitFor();
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await expect.poll(() => question(page)).toBe(original);
    expect(await page.getByLabel('Nee', { exact: true }).isChecked()).toBe(true);

    await startScreening(page, 'Sensoren in het park');
    expect(await question(page)).toBe('Democratische besluitvorming: wie beslist er mee over dit project?');
    await page.getByText('Ingevuld met Screening digitale ethiek, versie 2').waitFor();
  });
});
