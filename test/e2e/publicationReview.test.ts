import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PublicationRecord } from '@shared/publication/publicationRecord';
import { sha256Hex } from '@shared/backup/sha256';
import { unzipDocx } from '../unit/shared/export/support/docxParts';
import { readRecord } from './actions/seed';
import { axeViolations } from './support/axe';
import { seedAdviceNaming } from './support/advice';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
let downloads: string;
beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'beraad-review-downloads-'));
});
afterAll(() => rm(downloads, { recursive: true, force: true }));

/* A resident who is in no register, named in the considerations. */
const citizen = 'Karin Smeets';

const seed = (page: Page) => seedAdviceNaming(page, citizen);

async function saveDownload(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

async function openPublicExport(page: Page) {
  await page.getByRole('link', { name: 'Rapportage' }).click();
  await page.getByLabel('Van', { exact: true }).fill('2026-04-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-04-30');
  await page.getByText('1 advies uitgebracht in deze periode.').waitFor();
  await page.getByRole('button', { name: 'Openbare versie (.docx)' }).click();
  await page.getByRole('heading', { name: 'Controle voor publicatie' }).waitFor();
}

describe('review before publication', () => {
  it('lists a leftover name, blocks the export until it is handled, and remembers the decision', async () => {
    const page = await session.newProfile().open();
    const source = await seed(page);
    await openPublicExport(page);

    const exportButton = page.getByRole('button', { name: 'Openbare versie exporteren' });
    const leftover = page.getByRole('radiogroup', { name: `Beslissing over ‘Mevrouw ${citizen}’` });
    await leftover.waitFor();
    expect(await page.getByText(`belde over de camera`).first().textContent()).toContain(citizen);
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Alle zekere vervangingen accepteren' }).click();
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByText('Nog 1 punt te beoordelen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await leftover.getByRole('radio', { name: /^Vervangen door/ }).check();
    await page.getByText('Alles is beoordeeld.').waitFor();
    const file = await saveDownload(page, 'Openbare versie exporteren');
    expect(file.name).toBe('advies-EA-2026-007-openbaar.docx');
    const { document } = await unzipDocx(file.bytes);
    expect(document).not.toContain('Smeets');
    expect(document).not.toContain('Noor Hendriks');

    await page.getByText('advies-EA-2026-007-openbaar.docx is gedownload.').waitFor();
    const record = (await readRecord(page, 'publicationRecords', source.version.id)) as PublicationRecord;
    expect(record.decisions).toContainEqual({ key: `candidate:mevrouw ${citizen.toLowerCase()}`, decision: 'accept' });
    expect(record.exports.map((e) => e.sha256)).toEqual([await sha256Hex(file.bytes)]);

    // The same version again: the review opens with every decision already made.
    await page.getByRole('button', { name: 'Openbare versie (.docx)' }).click();
    await page.getByText('Alles is beoordeeld.').waitFor();
    expect(await exportButton.isDisabled()).toBe(false);
  });
});
