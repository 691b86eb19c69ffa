import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase, waitUntilSaved } from '../support/app';
import { axeViolations } from '../support/axe';
import { formControlProblems } from '../support/formControls';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });
const indicator = (page: Page) => page.locator('.description [data-save-status]');

/** Counts records in the app's database with raw IndexedDB, beside the app. */
const countRecords = (page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('beraad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve(0);
          }
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    store,
  );

const failures = [
  ['QuotaExceededError', 'de opslag is vol'],
  ['UnknownError', 'de schijf weigerde het schrijven'],
  ['AbortError', 'het opslaan is afgebroken'],
  ['DatabaseClosedError', 'de database is gesloten'],
] as const;

describe('a write that fails is never reported as saved', () => {
  it('says "Niet opgeslagen" with the reason for each kind of failure, keeps the text, and saves it once storage works again', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Slimme lantaarnpalen', question: 'Mag dit?', owner: 'A. Bakker' });
    const url = page.url();
    await description(page).click();
    let typed = '';
    for (const [errorName, reason] of failures) {
      await page.evaluate((name) => (window as unknown as { beraadFaults: { failNextWrites(n: string, c: number): void } }).beraadFaults.failNextWrites(name, 1000), errorName);
      const words = `${errorName} `;
      await page.keyboard.type(words);
      typed += words;
      await expect.poll(() => indicator(page).textContent()).toBe(`Niet opgeslagen: ${reason}`);
      expect(await description(page).textContent()).toBe(typed);
      // Outside IndexedDB meanwhile, for a restart or a lost database.
      const copy = await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('beraad.unsaved.description:'))!));
      expect(copy).toContain(errorName);
      await page.evaluate(() => (window as unknown as { beraadFaults: { clear(): void } }).beraadFaults.clear());
      // Retried without a keystroke.
      await waitUntilSaved(page);
    }
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('beraad.unsaved.')))).toEqual([]);
    await page.goto('about:blank');
    await page.goto(url);
    await expect.poll(() => description(page).textContent()).toBe(typed);
  });

  it('offers the text of a write that never landed after a restart', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerCase(page, { title: 'Camera’s', question: 'Mag dit?', owner: 'B. de Boer' });
    await description(page).click();
    await page.evaluate(() => (window as unknown as { beraadFaults: { failNextWrites(n: string, c: number): void } }).beraadFaults.failNextWrites('QuotaExceededError', 1000));
    await page.keyboard.type('Alleen bij evenementen.');
    await expect.poll(() => indicator(page).textContent()).toBe('Niet opgeslagen: de opslag is vol');
    await profile.kill();

    page = await profile.open();
    await page.getByText('Er is tekst uit een eerdere sessie die niet kon worden opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Bekijken' }).click();
    await page.getByText('Alleen bij evenementen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('De tekst is teruggezet en opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('link', { name: /Camera’s/ }).click();
    await expect.poll(() => description(page).textContent()).toBe('Alleen bij evenementen.');
  });
});

describe('a database that is gone is never written into', () => {
  it('shows the recovery screen when the database is deleted behind the running app, and again at the next start', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerCase(page, { title: 'Drukte meten', question: 'Mag dit?', owner: 'C. de Wit' });
    await description(page).click();
    await page.keyboard.type('Tellingen per kwartier.');
    await waitUntilSaved(page);
    await page.keyboard.type(' Nog niet bewaard.');

    await page.evaluate(() => void indexedDB.deleteDatabase('beraad'));
    await page.getByRole('heading', { level: 1, name: 'De gegevens van Beraad zijn niet meer zoals ze waren' }).waitFor();
    expect(await countRecords(page, 'cases')).toBe(0);
    expect(await countRecords(page, 'meta')).toBe(0);
    // What the editor still held is offered, not lost with the database.
    await page.getByText(/Tellingen per kwartier\. Nog niet bewaard\./).waitFor();

    await profile.close();
    page = await profile.open();
    await page.getByRole('heading', { level: 1, name: 'De gegevens van Beraad zijn niet meer zoals ze waren' }).waitFor();
    await page.getByText(/leeg of verdwenen/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await formControlProblems(page)).toEqual([]);
    expect(await countRecords(page, 'cases')).toBe(0);
    expect(await countRecords(page, 'methodTemplates')).toBe(0);

    // Going on with an empty database is the user's own decision.
    const goOn = page.getByRole('button', { name: 'Verdergaan met deze database' });
    expect(await goOn.isDisabled()).toBe(true);
    await page.getByLabel('Ik begrijp dat het ontbrekende werk zo niet terugkomt').check();
    await goOn.click();
    await page.getByRole('button', { name: 'Casus registreren' }).waitFor();
  });

  it('restores a chosen backup from the recovery screen', async () => {
    const profile = session.newProfile();
    const page = await profile.open();
    await registerCase(page, { title: 'Wijkanalyse', question: 'Mag dit?', owner: 'D. Jansen' });
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Back-up, terugzetten en uitwisselen' }).click();
    const { path: file } = await session.download(page, () => page.getByRole('button', { name: 'Back-up maken' }).click());

    await page.evaluate(() => void indexedDB.deleteDatabase('beraad'));
    await page.getByRole('heading', { level: 1, name: 'De gegevens van Beraad zijn niet meer zoals ze waren' }).waitFor();
    await page.getByLabel('Een back-upbestand kiezen en terugzetten').setInputFiles(file);
    // The app starts afresh on the restored data, where the user was.
    await page.getByRole('heading', { level: 1, name: 'Back-up' }).waitFor();
    await page.getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('link', { name: /Wijkanalyse/ }).waitFor();
  });
});

describe('two windows on one database', () => {
  it('lets one window write and keeps the other read-only until it takes over', async () => {
    const profile = session.newProfile();
    const first = await profile.open();
    await registerCase(first, { title: 'Drones', question: 'Mag dit?', owner: 'E. Visser' });
    const url = first.url();
    const second = await profile.context!.newPage();
    await second.goto(url);
    await second.getByText('Beraad is al geopend in een ander venster of tabblad.', { exact: false }).waitFor();
    // An editor once the browser is idle (shown as text before).
    await expect.poll(() => description(second).getAttribute('contenteditable')).toBe('false');
    expect(await axeViolations(second)).toEqual([]);

    await description(first).click();
    await first.keyboard.type('Van de eerste.');
    await waitUntilSaved(first);

    await second.getByRole('button', { name: 'Hier verder werken' }).click();
    await first.getByText('Beraad is al geopend in een ander venster of tabblad.', { exact: false }).waitFor();
    await expect.poll(() => second.locator('[data-read-only]').count()).toBe(0);
    // The new writer reads what the other window wrote, and goes on from there.
    await expect.poll(() => description(second).textContent()).toBe('Van de eerste.');
    expect(await description(first).getAttribute('contenteditable')).toBe('false');
    await description(second).click();
    await second.keyboard.press('End');
    await second.keyboard.type(' Van de tweede.');
    await waitUntilSaved(second);

    await first.close();
    await second.reload();
    await expect.poll(() => description(second).textContent()).toBe('Van de eerste. Van de tweede.');
  });
});
