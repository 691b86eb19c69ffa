import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseInput } from '../../fixtures/caseInput';
import { useBrowserSession } from '../support/session';
import type { Session } from '@shared/accounts/accountSchema';
import { createAccountSession, setupFirstAccount } from '../../support/accounts';
import { startBoardServer, type TestBoardServer } from '../../support/boardServer';
import { boardStatus, connect, fillSignIn } from './steps';

const session = useBrowserSession();
let server: TestBoardServer;
let secretary: Session;
const caseCount = 1000;

beforeAll(async () => {
  server = await startBoardServer();
  secretary = await setupFirstAccount(server.httpUrl, server.setupCode!);
  session.allow(server.httpUrl);
});
afterAll(async () => {
  await server?.stop();
});

/** A solo database as years of use leave it: many cases, each with a description, written straight into IndexedDB. */
async function seedSoloDatabase(page: Page): Promise<void> {
  const input = caseInput();
  await page.evaluate(
    ({ count, input }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('beraad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['cases', 'caseDescriptions'], 'readwrite');
          for (let i = 1; i <= count; i++) {
            const id = crypto.randomUUID();
            const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
            tx.objectStore('cases').put({
              ...input,
              title: `Casus ${i}`,
              id,
              reference: `EA-2025-${String(i).padStart(4, '0')}`,
              status: 'intake',
              statusHistory: [],
              createdAt: at,
              updatedAt: at,
              archivedAt: null,
            });
            tx.objectStore('caseDescriptions').put({ caseId: id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Beschrijving ${i}` }] }] }, updatedAt: at });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { count: caseCount, input },
  );
  await page.reload();
}

/** Every case and description, sorted, as one string: two machines hold the same record when these are equal. */
function contents(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('beraad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['cases', 'caseDescriptions'], 'readonly');
          const cases = tx.objectStore('cases').getAll();
          const descriptions = tx.objectStore('caseDescriptions').getAll();
          tx.oncomplete = () => resolve(JSON.stringify([cases.result, descriptions.result]));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const caseTotal = (page: Page) => contents(page).then((text) => (JSON.parse(text) as unknown[][])[0]!.length);
const status = boardStatus;

describe('moving from solo to board mode', () => {
  // Bounded well above what it takes (about 45 s on 2 busy cores), so a slow machine does not fail it.
  it(`shares a ${caseCount}-case database after showing what it will share, and a second member receives all of it, equal`, { timeout: 240_000 }, async () => {
    const anna = await session.newProfile().open();
    await seedSoloDatabase(anna);
    await anna.getByRole('link', { name: 'Instellingen' }).click();
    await anna.getByRole('link', { name: /^Bestuursmodus/ }).click();
    await anna.getByText(`${caseCount} casussen`).waitFor();
    await anna.getByText(`${caseCount} beschrijvingen`).waitFor();
    await anna.getByLabel('Adres van de server').fill(server.url);
    await fillSignIn(anna, { method: 'login', email: secretary.account.email });
    await anna.getByRole('button', { name: 'Verbinden en delen' }).click();
    await expect.poll(() => status(anna).textContent(), { timeout: 120_000, interval: 500 }).toBe('Verbonden');

    const bram = await session.newProfile().open();
    const member = await createAccountSession(server.httpUrl, secretary, { role: 'lid' });
    await connect(bram, server.url, { method: 'login', email: member.account.email });
    await expect.poll(() => caseTotal(bram), { timeout: 120_000, interval: 1000 }).toBe(caseCount);
    await expect.poll(() => status(bram).textContent(), { timeout: 60_000 }).toBe('Verbonden');
    expect(await contents(bram)).toBe(await contents(anna));
    expect(await caseTotal(anna)).toBe(caseCount);
  });
});
