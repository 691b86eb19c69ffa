import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** How many documents IndexedDB holds. Sent as source text: the test runner's name-keeping helpers do not exist in the page. */
const storedDocuments = (page: Page) =>
  page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('beraad');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('attachments').objectStore('attachments').count();
      request.onsuccess = () => (open.result.close(), resolve(request.result));
      request.onerror = () => reject(request.error);
    };
  })`);

describe('documents on a case', () => {
  it('stores a document, keeps it across a restart and saves it back out byte for byte', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerCase(page, { title: 'Camera’s', question: 'Mag het?', owner: 'G. Bos' });
    const url = page.url();
    await page.getByLabel(/Document toevoegen/).setInputFiles({ name: 'DPIA camera’s.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('DPIA camera’s.pdf').waitFor();

    await profile.close();
    page = await profile.open();
    await page.goto(url);
    const saved = await session.download(page, () => page.getByRole('button', { name: 'DPIA camera’s.pdf opslaan als' }).click());
    expect(saved.name).toBe('DPIA camera’s.pdf');
    expect(Buffer.from(saved.bytes)).toEqual(pdf);
  });

  it('refuses a file over the configured limit and a type that could run script, with a clear message', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Grootste toegestane document (MB)').fill('1');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(page, { title: 'Sensoren', question: 'Mag het?', owner: 'H. Kok' });

    await page.getByLabel(/Document toevoegen/).setInputFiles([
      { name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024 * 1024 + 1, 1) },
      { name: 'plaatje.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg onload="alert(1)"/>') },
    ]);
    await page.getByText('‘groot.pdf’ is niet toegevoegd: het bestand is groter dan 1 MB.', { exact: false }).waitFor();
    await page.getByText('‘plaatje.svg’ is niet toegevoegd: alleen PDF, Word, ODT en afbeeldingen', { exact: false }).waitFor();
    // The refusals show once every file has been handled and the list read again: storage and list agree.
    expect(await storedDocuments(page)).toBe(0);
    expect(await page.getByText('Nog geen documenten.').count()).toBe(1);
  });

  it('removes a document reversibly', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Drones', question: 'Mag het?', owner: 'I. Mol' });
    await page.getByLabel(/Document toevoegen/).setInputFiles({ name: 'plan.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await page.getByRole('button', { name: 'plan.docx verwijderen' }).click();
    await page.getByText('Nog geen documenten.').waitFor();
    await page.getByRole('button', { name: 'Verwijderde documenten tonen (1)' }).click();
    await page.getByRole('button', { name: 'plan.docx terugzetten' }).click();
    await page.getByRole('button', { name: 'plan.docx verwijderen' }).waitFor();
  });
});
