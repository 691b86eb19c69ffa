import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from './support/app';
import { axeViolations } from './support/axe';
import { unreachableByTab } from './support/keyboard';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
const hostile = fileURLToPath(new URL('../fixtures/backup/hostile/', import.meta.url));

async function openBackupPage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Back-up, terugzetten en uitwisselen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Back-up' }).waitFor();
}

/** Clicks and keeps the file the app downloads; returns its path. */
const download = async (page: Page, click: () => Promise<void>): Promise<string> => (await session.download(page, click)).path;

/** The browser as one without the File System Access API (Firefox, Safari): the safety copy can only be downloaded. */
async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript('delete window.showSaveFilePicker;');
  await page.reload();
  await page.locator('main').waitFor();
}

/** Restores with the safety copy downloaded, then says it was kept; returns the copy. */
async function restoreConfirmingDownload(page: Page): Promise<string> {
  const copy = await download(page, () => page.getByRole('button', { name: 'Alles terugzetten' }).click());
  await page.getByRole('button', { name: 'Ik heb de veiligheidskopie bewaard' }).click();
  return copy;
}

async function caseTitles(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.locator('[data-case-row]').first().waitFor();
  return (await page.locator('[data-case-row] a').allTextContents()).sort();
}

describe('backup and restore', () => {
  it('backs up from the screen, restores after a change with a preview, and the list shows the old data again', async () => {
    const page = await session.newProfile().open();
    await withoutSavePicker(page);
    await registerCase(page, { title: 'Camera’s op het plein', question: 'Mag het?', owner: 'J. Dekker', description: 'Beelden 👩🏽‍⚖️ blijven 7 dagen.' });
    await openBackupPage(page);
    await page.getByText('Er is op deze computer nog geen back-up gemaakt.').waitFor();
    const backup = await download(page, () => page.getByRole('button', { name: 'Back-up maken' }).click());
    await page.getByText(/^De back-up is gemaakt/).waitFor();
    await page.getByText(/^De laatste back-up is gemaakt op/).waitFor();

    await page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(page, { title: 'Drones boven de haven', question: 'Mag het?', owner: 'K. Visser' });
    expect(await caseTitles(page)).toEqual(['Camera’s op het plein', 'Drones boven de haven']);

    await openBackupPage(page);
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(backup);
    await page.getByRole('heading', { name: 'Wat deze back-up bevat' }).waitFor();
    const casesRow = page.locator('tr[data-table="cases"] td');
    expect(await casesRow.allTextContents()).toEqual(['1', '2', '0', '1', '0']);
    expect(await axeViolations(page)).toEqual([]);

    // A download is only offered: without the user's word that it was kept, nothing is restored.
    await download(page, () => page.getByRole('button', { name: 'Alles terugzetten' }).click());
    await page.getByText(/^De veiligheidskopie beraad-back-up-.+-beforeRestore\.zip is als download aangeboden\./).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Er is niets teruggezet: de veiligheidskopie van de huidige gegevens is niet bewaard.').waitFor();
    expect(await page.getByRole('button', { name: 'Ik heb de veiligheidskopie bewaard' }).count()).toBe(0);

    const safetyCopy = await restoreConfirmingDownload(page);
    await page.getByText(/^De back-up is teruggezet\. De veiligheidskopie van de gegevens van daarvoor heet beraad-back-up-.+-beforeRestore\.zip\.$/).waitFor();
    expect(await caseTitles(page)).toEqual(['Camera’s op het plein']);
    await page.locator('[data-case-row] a').first().click();
    await page.getByText('Beelden 👩🏽‍⚖️ blijven 7 dagen.').waitFor();

    // The safety copy holds the data from just before: restoring it brings the second case back.
    await openBackupPage(page);
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(safetyCopy);
    await restoreConfirmingDownload(page);
    await page.getByText(/^De back-up is teruggezet/).waitFor();
    expect(await caseTitles(page)).toEqual(['Camera’s op het plein', 'Drones boven de haven']);
  });

  it('with a save dialog, restores only once the safety copy is written and closed, and not when the dialog is cancelled', async () => {
    const page = await session.newProfile().open();
    // Headless Chromium cannot show the dialog; this one stands in for it and notes what reaches the file.
    await page.addInitScript(`window.showSaveFilePicker = async ({ suggestedName }) => {
      if (sessionStorage.getItem('picker') === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
      let size = 0;
      return { createWritable: async () => ({
        write: async (data) => { size += data.byteLength; },
        close: async () => { sessionStorage.setItem('saved', suggestedName + ' ' + size); },
        abort: async () => {},
      }) };
    };`);
    await page.reload();
    await registerCase(page, { title: 'Wifi-tellingen', question: 'Mag het?', owner: 'J. Dekker' });
    await openBackupPage(page);
    const backup = await download(page, () => page.getByRole('button', { name: 'Back-up maken' }).click());
    await page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(page, { title: 'Slimme lantaarnpalen', question: 'Mag het?', owner: 'K. Visser' });

    await openBackupPage(page);
    await page.evaluate("sessionStorage.setItem('picker', 'cancel')");
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(backup);
    await page.getByRole('button', { name: 'Alles terugzetten' }).click();
    await page.getByText('Er is niets teruggezet: de veiligheidskopie van de huidige gegevens is niet bewaard.').waitFor();
    expect(await caseTitles(page)).toEqual(['Slimme lantaarnpalen', 'Wifi-tellingen']);

    await openBackupPage(page);
    await page.evaluate("sessionStorage.removeItem('picker')");
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(backup);
    await page.getByRole('button', { name: 'Alles terugzetten' }).click();
    await page.getByText(/^De back-up is teruggezet\./).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('saved')")).toMatch(/^beraad-back-up-.+-beforeRestore\.zip [1-9]\d+$/);
    expect(await caseTitles(page)).toEqual(['Wifi-tellingen']);
  });

  it('refuses a damaged file with the reason and changes nothing', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Sensoren in het park', question: 'Mag het?', owner: 'J. Dekker' });
    await openBackupPage(page);
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(join(hostile, 'checksum-mismatch.zip'));
    await page.getByText('De controlesom van ‘tables/cases.json’ klopt niet: het bestand is beschadigd of gewijzigd.').waitFor();
    await page.getByRole('alert').getByText('Er is niets gewijzigd.').waitFor();
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(join(hostile, 'rich-text-script.zip'));
    await page.getByText(/opmaak die de editor niet toestaat/).waitFor();
    await page.getByLabel('Kies een back-upbestand (.zip)').setInputFiles(join(hostile, 'duplicate-reference.zip'));
    await page.getByText(/^Tabel casussen, record .+: zaaknummer EA-2026-001 komt twee keer voor\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Alles terugzetten' }).count()).toBe(0);
    expect(await caseTitles(page)).toEqual(['Sensoren in het park']);
  });

  it('is keyboard-usable and passes axe', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Monitor', question: 'Mag het?', owner: 'J. Dekker' });
    await openBackupPage(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
  });
});

describe('exchanging a case', () => {
  it('imports a case package on a second profile, and asks before touching a case that is already there', async () => {
    const alice = await session.newProfile().open();
    const reference = await registerCase(alice, { title: 'Inkomensapp', question: 'Mogen we gegevens koppelen?', owner: 'S. Bakker', description: 'Koppeling met de BRP.' });
    await openBackupPage(alice);
    await alice.getByLabel('Casus', { exact: true }).selectOption({ label: `${reference} – Inkomensapp` });
    const pkg = await download(alice, () => alice.getByRole('button', { name: 'Casuspakket maken' }).click());

    const bob = await session.newProfile().open();
    await registerCase(bob, { title: 'Eigen casus van Bob', question: 'Mag het?', owner: 'B. Bob' });
    await openBackupPage(bob);
    await bob.getByLabel('Kies een casuspakket (.zip)').setInputFiles(pkg);
    await bob.getByRole('heading', { name: new RegExp(`^Casus ${reference}: Inkomensapp`) }).waitFor();
    await bob.getByRole('button', { name: 'Importeren', exact: true }).click();
    // Bob's own first case already has this number, so the import gets the next free one.
    await bob.getByText(`Casus ${reference} (2) is geïmporteerd.`).waitFor();
    await bob.getByRole('link', { name: 'Casus openen' }).click();
    await bob.getByText('Koppeling met de BRP.').waitFor();

    await openBackupPage(bob);
    await bob.getByLabel('Kies een casuspakket (.zip)').setInputFiles(pkg);
    await bob.getByText(`Deze casus staat al op deze computer (als ${reference} (2)).`, { exact: false }).waitFor();
    const importButton = bob.getByRole('button', { name: 'Importeren', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await axeViolations(bob)).toEqual([]);
    await bob.getByLabel('Mijn versie houden en niets importeren').check();
    await importButton.click();
    await bob.getByText('Er is niets gewijzigd: uw versie is behouden.').waitFor();
    expect(await caseTitles(bob)).toEqual(['Eigen casus van Bob', 'Inkomensapp']);

    await openBackupPage(bob);
    await bob.getByLabel('Kies een casuspakket (.zip)').setInputFiles(pkg);
    await bob.getByLabel(/^Beide houden/).check();
    await bob.getByRole('button', { name: 'Importeren', exact: true }).click();
    await bob.getByText(/is geïmporteerd\.$/).waitFor();
    expect(await caseTitles(bob)).toEqual(['Eigen casus van Bob', 'Inkomensapp', 'Inkomensapp']);
  });
});
