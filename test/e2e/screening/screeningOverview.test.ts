import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { periodScreenings } from '../../fixtures/screening/screening';
import { paragraphsOf, unzipDocx } from '../../unit/shared/export/support/docxParts';
import { putRecords } from '../actions/seed';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

const rows = (page: Page) => page.locator('[data-screening-row]');

describe('the overview of screenings', () => {
  it('the list shows the projects screened and never brought to the board, whatever their outcome', async () => {
    const page = await session.newProfile().open();
    await putRecords(page, 'screenings', periodScreenings());
    await page.getByRole('link', { name: 'Screenings' }).click();
    await page.getByText('7 screenings, 7 getoond').waitFor();

    await page.getByLabel('Casus', { exact: true }).selectOption({ label: 'Niet ingebracht' });
    await page.getByText('7 screenings, 3 getoond').waitFor();
    expect(await rows(page).locator('td:last-child').allInnerTexts()).toEqual(['Niet ingebracht', 'Niet ingebracht', 'Niet ingebracht']);
    await page.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'nee' });
    await page.getByText('7 screenings, 2 getoond').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the period report counts the period’s screenings, on the page and in the document', async () => {
    const page = await session.newProfile().open();
    await putRecords(page, 'screenings', periodScreenings());
    await page.getByRole('link', { name: 'Rapportage' }).click();
    await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-03-31');
    await page.getByText('Screenings in deze periode: 5 afgerond, waarvan 2 als casus bij het adviesorgaan; 1 nog niet afgerond.').waitFor();

    const report = await session.download(page, () => page.getByRole('button', { name: 'Rapportage maken (.docx)' }).click());
    const { document } = await unzipDocx(report.bytes);
    expect(paragraphsOf(document)).toEqual(expect.arrayContaining(['Afgeronde screenings: 5', 'Daarvan niet als casus ingebracht: 3', 'Team van Projectleider']));
    expect(document).not.toContain('Joost Verhoeven');
  });
});
