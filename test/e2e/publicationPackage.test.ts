import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWithLibreOffice, squashed } from '../unit/shared/export/support/libreoffice';
import { readWithPoppler } from '../unit/shared/export/pdf/support/poppler';
import { validateDiwoo } from '../unit/shared/export/support/xmllint';
import { seedAdviceNaming } from './support/advice';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

const citizen = 'Karin Smeets';

const seed = (page: Page) => seedAdviceNaming(page, citizen);

async function openPeriod(page: Page) {
  await page.getByRole('link', { name: 'Rapportage' }).click();
  await page.getByLabel('Van', { exact: true }).fill('2026-04-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-04-30');
  await page.getByText('1 advies uitgebracht in deze periode.').waitFor();
}

async function setMunicipality(page: Page, code: string) {
  await page.getByRole('link', { name: 'Gemeente instellen' }).click();
  await page.getByLabel('Naam van de gemeente').fill('Gemeente Amsterdam');
  await page.getByLabel('CBS-gemeentecode').fill(code);
  await page.getByRole('button', { name: 'Opslaan' }).click();
}

describe('publication package', () => {
  it('asks for the municipality, refuses a package without it, then packs PDF/A, Word, ODT, DiWoo and a readme', { timeout: 240_000 }, async () => {
    const page = await session.newProfile().open();
    await seed(page);

    // Without a municipality: the notice on the start screen, and the package refused before the review.
    await page.locator('[data-municipality-notice]').waitFor();
    await openPeriod(page);
    await page.getByRole('button', { name: 'Publicatiepakket (.zip)' }).click();
    await page.getByRole('alert').getByText('Er is nog geen gemeente ingesteld.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'Controle voor publicatie' }).count()).toBe(0);

    await setMunicipality(page, '363');
    await page.getByText('Vul de CBS-gemeentecode in als precies vier cijfers', { exact: false }).first().waitFor();
    await page.getByLabel('CBS-gemeentecode').fill('0363');
    await page.getByText('Code 0363 is gemeente Amsterdam in de TOOI-lijst van gemeenten.').waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    expect(await page.locator('[data-municipality-notice]').count()).toBe(0);

    await openPeriod(page);
    await page.getByRole('button', { name: 'Publicatiepakket (.zip)' }).click();
    await page.getByRole('heading', { name: 'Controle voor publicatie' }).waitFor();
    await page.getByRole('button', { name: 'Alle zekere vervangingen accepteren' }).click();
    await page.getByRole('radiogroup', { name: `Beslissing over ‘Mevrouw ${citizen}’` }).getByRole('radio', { name: /^Vervangen door/ }).check();
    await page.getByText('Alles is beoordeeld.').waitFor();
    const zip = await session.download(page, () => page.getByRole('button', { name: 'Publicatiepakket maken (.zip)' }).click());
    expect(zip.name).toBe('publicatiepakket-EA-2026-007.zip');

    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'LEESMIJ.txt',
      'advies-EA-2026-007-diwoo.xml',
      'advies-EA-2026-007-openbaar.docx',
      'advies-EA-2026-007-openbaar.odt',
      'advies-EA-2026-007-openbaar.pdf',
    ]);
    const xml = strFromU8(files['advies-EA-2026-007-diwoo.xml']!);
    const check = await validateDiwoo(xml);
    expect(check.messages).toContain('validates');
    expect(xml).toContain('resource="https://identifier.overheid.nl/tooi/id/gemeente/gm0363">Gemeente Amsterdam</diwoo:publisher>');
    // The Woo-index links to the PDF, so the metadata describes that file.
    expect(xml).toContain('resource="http://publications.europa.eu/resource/authority/file-type/PDF"');
    expect(strFromU8(files['LEESMIJ.txt']!)).toContain('advies-EA-2026-007-openbaar.odt');
    expect(strFromU8(files['LEESMIJ.txt']!)).toContain('advies-EA-2026-007-openbaar.pdf');

    const pdf = await readWithPoppler(files['advies-EA-2026-007-openbaar.pdf']!, 'e2e-pakket-pdf', { structureText: false });
    expect(pdf.info.Tagged).toBe('yes');
    expect(pdf.xmp).toContain('<rdf:li>https://identifier.overheid.nl/tooi/id/gemeente/gm0363</rdf:li>');
    expect(squashed(pdf.text)).toContain('belde over de camera');
    expect(pdf.text).not.toContain(citizen);

    const reading = await readWithLibreOffice(files['advies-EA-2026-007-openbaar.odt']!, 'e2e-pakket-odt', 'odt');
    const text = squashed(reading.text);
    expect(text).toContain('Advies: Slimme camera’s op het Stationsplein');
    expect(text).toContain('Gemeente Amsterdam');
    expect(text).toContain('belde over de camera');
    expect(text).not.toContain(citizen);
    expect(text).not.toContain('Noor Hendriks');
  });

  it('makes the period report as ODT, which LibreOffice reads', { timeout: 180_000 }, async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await openPeriod(page);
    const odt = await session.download(page, () => page.getByRole('button', { name: 'Rapportage maken (.odt)' }).click());
    expect(odt.name).toBe('rapportage-adviezen-2026-04-01-2026-04-30.odt');
    const text = squashed((await readWithLibreOffice(odt.bytes, 'e2e-rapportage-odt', 'odt')).text);
    expect(text).toContain('Rapportage adviezen 1 april 2026 – 30 april 2026');
    expect(text).toContain('EA-2026-007 Slimme camera’s op het Stationsplein');
    expect(text).not.toContain(citizen);
  });
});
