import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adviceSource, caseRecord, confidentialText, secretNames } from '../fixtures/export/adviceSource';
import { periodAdvices } from '../fixtures/export/reportSources';
import { paragraphsOf, unzipDocx } from '../unit/shared/export/support/docxParts';
import { readWithLibreOffice, squashed } from '../unit/shared/export/support/libreoffice';
import { readWithPoppler } from '../unit/shared/export/pdf/support/poppler';
import { putRecords } from './actions/seed';
import { axeViolations } from './support/axe';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

const meetingId = '00000000-0000-4000-8000-000000000050';

/* There is no screen in this suite that issues an advice, so the advice is written into IndexedDB as the app stores it. */
async function seed(page: Page) {
  const source = adviceSource();
  const other = caseRecord({ id: '00000000-0000-4000-8000-000000000099', reference: 'EA-2026-009', title: 'Vertrouwelijk register', classification: 'vertrouwelijk' });
  await putRecords(page, 'cases', [source.caseRecord, other]);
  await putRecords(page, 'advices', [source.advice!, { ...source.advice!, caseId: other.id }]);
  await putRecords(page, 'adviceVersions', [source.version, { ...source.version, id: '00000000-0000-4000-8000-000000000098', caseId: other.id }]);
  await putRecords(page, 'meetings', [
    {
      id: meetingId,
      title: 'Vergadering april',
      startsAt: '2026-04-14T14:00',
      location: { kind: 'place', text: 'Stadhuis' },
      attendees: [],
      absentees: [],
      agenda: [{ id: '00000000-0000-4000-8000-000000000051', caseId: source.caseRecord.id, plannedMinutes: 45, methodId: 'begeleidingsethiek' }],
      caseIds: [source.caseRecord.id],
      createdAt: '2026-04-01T10:00:00.000Z',
      updatedAt: '2026-04-01T10:00:00.000Z',
      deletedAt: null,
    },
  ]);
}

/** Clicks the button and returns the file the app downloads. */
const download = (page: Page, button: string, nth = 0) => session.download(page, () => page.getByRole('button', { name: button }).nth(nth).click());

/*
 * The period fields are named exactly: a bare 'Van' also matches the house style page's
 * "Naam van de organisatie in de kop", which is still on screen right after the click.
 */
const periodFrom = (page: Page) => page.getByLabel('Van', { exact: true });
const periodTo = (page: Page) => page.getByLabel('Tot en met', { exact: true });

async function openReport(page: Page) {
  await page.getByRole('link', { name: 'Rapportage' }).click();
  await periodFrom(page).fill('2026-04-01');
  await periodTo(page).fill('2026-04-30');
  await page.getByText('2 adviezen uitgebracht in deze periode.').waitFor();
}

describe('Word export in the browser', () => {
  it('downloads the public and internal advice; LibreOffice reads them', async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await openReport(page);

    await page.getByRole('button', { name: 'Openbare versie (.docx)' }).first().click();
    await page.getByRole('heading', { name: 'Controle voor publicatie' }).waitFor();
    for (const replace of await page.getByRole('radio', { name: /^Vervangen door/ }).all()) await replace.check();
    const publicDoc = await download(page, 'Openbare versie exporteren');
    expect(publicDoc.name).toBe('advies-EA-2026-007-openbaar.docx');
    await page.getByText('advies-EA-2026-007-openbaar.docx is gedownload.').waitFor();
    const parts = await unzipDocx(publicDoc.bytes);
    expect(paragraphsOf(parts.document)).toContain('Proceseigenaar, afdeling Openbare Orde');
    expect(parts.core).toContain('<dc:language>nl-NL</dc:language>');
    for (const name of secretNames) expect(parts.document).not.toContain(name);
    const reading = await readWithLibreOffice(publicDoc.bytes, 'e2e-advies-openbaar');
    expect(squashed(reading.text)).toContain('Advies: Slimme camera’s op het Stationsplein');
    expect(squashed(reading.text)).not.toContain(confidentialText);
    expect(reading.pages).toBeGreaterThanOrEqual(2);

    const internal = await download(page, 'Interne versie (.docx)');
    expect(internal.name).toBe('advies-EA-2026-007-intern.docx');
    expect((await unzipDocx(internal.bytes)).document).toContain(confidentialText);
  });

  it('refuses a public version of a confidential case with a clear message', async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await openReport(page);
    const group = page.getByRole('group', { name: 'Advies EA-2026-009 exporteren' });
    await group.getByRole('button', { name: 'Openbare versie (.docx)' }).click();
    await group.getByRole('alert').getByText(/Deze casus is vertrouwelijk\. Van een vertrouwelijk advies wordt geen openbare versie gemaakt/).waitFor();
  });

  it('makes the period report with progress, in the house style set in the settings', async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Huisstijl van Word-documenten' }).click();
    await page.getByLabel('Naam van de organisatie in de kop').fill('Gemeente Voorbeeldstad');
    await page.getByLabel('Tekst in de voettekst').fill('Postbus 1234, Voorbeeldstad');
    await expect(page.getByTestId('house-style-page').textContent()).resolves.toContain('Postbus 1234, Voorbeeldstad');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();

    await openReport(page);
    expect(await axeViolations(page)).toEqual([]);
    const report = await download(page, 'Rapportage maken (.docx)');
    expect(report.name).toBe('rapportage-adviezen-2026-04-01-2026-04-30.docx');
    const parts = await unzipDocx(report.bytes);
    expect(parts.headers.join('')).toContain('Gemeente Voorbeeldstad');
    expect(parts.footers.join('')).toContain('Postbus 1234, Voorbeeldstad');
    const reading = await readWithLibreOffice(report.bytes, 'e2e-rapportage');
    const text = squashed(reading.text);
    expect(text).toContain('Aantal uitgebrachte adviezen: 2');
    expect(text).toContain('EA-2026-009 Vertrouwelijke casus');
    expect(text).toContain(`pagina 1 van ${reading.pages}`);
  });

  it('exports the agenda and the minutes from the meeting page', async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await page.goto(`${session.url}#/vergaderingen/${meetingId}`);
    const agenda = await download(page, 'Agenda als Word-document');
    expect(agenda.name).toBe('agenda-2026-04-14-Vergadering-april.docx');
    expect(paragraphsOf((await unzipDocx(agenda.bytes)).document)).toEqual(expect.arrayContaining(['Agenda: Vergadering april', 'EA-2026-007']));
    const minutes = await download(page, 'Verslag als Word-document');
    const reading = await readWithLibreOffice(minutes.bytes, 'e2e-verslag');
    expect(squashed(reading.text)).toContain('1. EA-2026-007 Slimme camera’s op het Stationsplein');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows progress on a long report and can cancel it', async () => {
    const page = await session.newProfile().open();
    const sources = periodAdvices(400);
    await putRecords(page, 'cases', sources.map((s) => s.caseRecord));
    await putRecords(page, 'advices', sources.map((s) => s.advice!));
    await putRecords(page, 'adviceVersions', sources.map((s) => s.version));
    await page.getByRole('link', { name: 'Rapportage' }).click();
    await periodFrom(page).fill('2026-01-01');
    await periodTo(page).fill('2026-03-31');
    await page.getByText('400 adviezen uitgebracht in deze periode.').waitFor();
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    // Cancelled from inside the page as soon as the first progress shows: a click sent from here could land after the build ends.
    const cancelled = page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => reject(new Error('Na 20 s was er nog geen voortgang te zien.')), 20_000);
          const cancelOnProgress = () => {
            if (!/Advies \d+ van 400 verwerkt/.test(document.body.textContent ?? '')) return false;
            const cancel = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Annuleren');
            cancel?.click();
            return cancel !== undefined;
          };
          const observer = new MutationObserver(() => {
            if (!cancelOnProgress()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
    );
    await page.getByRole('button', { name: 'Rapportage maken (.docx)' }).click();
    await cancelled;
    await page.getByText('Het maken van het document is gestopt.').waitFor();
    await page.waitForTimeout(500);
    expect(downloaded).toBe(false);
  });
});

describe('PDF export in the browser', () => {
  it('makes the public advice as PDF/A through the review, and the period report; poppler reads both', async () => {
    const page = await session.newProfile().open();
    await seed(page);
    await openReport(page);

    await page.getByRole('button', { name: 'Openbare versie (.pdf)' }).first().click();
    // A PDF is published too: it never skips the review.
    await page.getByRole('heading', { name: 'Controle voor publicatie' }).waitFor();
    for (const replace of await page.getByRole('radio', { name: /^Vervangen door/ }).all()) await replace.check();
    const advice = await download(page, 'Openbare versie exporteren');
    expect(advice.name).toBe('advies-EA-2026-007-openbaar.pdf');
    await page.getByText('advies-EA-2026-007-openbaar.pdf is gedownload.').waitFor();
    const reading = await readWithPoppler(advice.bytes, 'e2e-advies-openbaar');
    expect(reading.info.Tagged).toBe('yes');
    expect(reading.info.Title).toBe('Advies EA-2026-007: Slimme camera’s op het Stationsplein');
    expect(reading.fonts.length).toBeGreaterThan(0);
    expect(reading.fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(reading.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    const text = squashed(reading.text);
    expect(text).toContain('Advies: Slimme camera’s op het Stationsplein');
    expect(text).toContain('Proceseigenaar, afdeling Openbare Orde');
    for (const name of secretNames) expect(text).not.toContain(name);
    expect(text).not.toContain(confidentialText);

    const report = await download(page, 'Rapportage maken (.pdf)');
    expect(report.name).toBe('rapportage-adviezen-2026-04-01-2026-04-30.pdf');
    const reportText = squashed((await readWithPoppler(report.bytes, 'e2e-rapportage', { structureText: false })).text);
    expect(reportText).toContain('Aantal uitgebrachte adviezen: 2');
    expect(reportText).toContain('EA-2026-009 Vertrouwelijke casus');
  });
});
