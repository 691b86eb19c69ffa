import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseForm, registerCase, waitUntilSaved } from '../support/app';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';
import { setupFirstAccount } from '../../support/accounts';
import { startBoardServer, type TestBoardServer } from '../../support/boardServer';
import type { Session } from '@shared/accounts/accountSchema';
import { answer, question } from '../screening/steps';
import { boardStatus as status, connect, memberMachine } from './steps';

const session = useBrowserSession();
let server: TestBoardServer;
let secretary: Session;

beforeAll(async () => {
  server = await startBoardServer();
  secretary = await setupFirstAccount(server.httpUrl, server.setupCode!);
  session.allow(server.httpUrl);
});
afterAll(async () => {
  await server?.stop();
});

const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });

const member = async (): Promise<Page> => (await memberMachine(session, server, secretary)).page;

async function openCase(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
}

async function editCase(page: Page, field: 'Titel' | 'Adviesvraag', value: string): Promise<void> {
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await caseForm(page).getByLabel(field).fill(value);
  await caseForm(page).getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('board mode', () => {
  it('says it works alone until a server is set, and refuses an unencrypted address elsewhere, changing nothing', async () => {
    const page = await session.newProfile().open();
    await expect.poll(() => status(page).textContent()).toBe('Alleen op deze computer');
    await connect(page, 'ws://beraad.gemeente.example.nl', { method: 'login', email: secretary.account.email });
    await page.getByText('Een onversleutelde verbinding (ws://) kan alleen met een server op deze computer. Gebruik wss://.').waitFor();
    expect(await status(page).getAttribute('data-board-status')).toBe('solo');
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
  });

  it('brings one member’s new case and description to another, and the other’s edit back', async () => {
    const [anna, bram] = [await member(), await member()];
    await registerCase(anna, { title: 'Sensoren in het park', question: 'Mogen we tellen?', owner: 'P. de Boer', description: 'Alleen tellingen, geen beelden.' });
    await waitUntilSaved(anna);

    await openCase(bram, 'Sensoren in het park');
    await expect.poll(() => description(bram).textContent(), { timeout: 15_000 }).toBe('Alleen tellingen, geen beelden.');
    await editCase(bram, 'Adviesvraag', 'Mogen we tellen, en hoe lang bewaren we?');

    await openCase(anna, 'Sensoren in het park');
    await anna.getByText('Mogen we tellen, en hoe lang bewaren we?').waitFor({ timeout: 15_000 });
  });

  it('shows a member with a screening open the answers another member gives in it', async () => {
    const [anna, bram] = [await member(), await member()];
    await anna.getByRole('link', { name: 'Screenings' }).click();
    await anna.getByRole('button', { name: 'Nieuwe screening' }).click();
    await anna.getByLabel(/^Naam van het project/).fill('Wijkcamera’s');
    await anna.getByLabel(/^Uw naam/).fill('Anna Jansen');
    await anna.getByRole('button', { name: 'Begin met de vragen' }).click();
    await answer(anna, /^Democratische besluitvorming/, ['Nee']);

    await bram.getByRole('link', { name: 'Screenings' }).click();
    await bram.getByRole('link', { name: 'Wijkcamera’s' }).click({ timeout: 15_000 });
    await expect.poll(() => question(bram)).toMatch(/^Maatschappelijke waarde/);

    await answer(anna, /^Maatschappelijke waarde/, ['Ja']);
    // Bram's open page reads it again: back and on, the question shows Anna's answer.
    await expect
      .poll(
        async () => {
          await bram.getByRole('button', { name: 'Vorige vraag' }).click();
          await bram.getByRole('button', { name: 'Volgende vraag' }).click();
          return bram.getByRole('radio', { name: 'Ja' }).isChecked();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it('shows a connected board page that passes axe, refuses to restore a backup while connected, and disconnects', async () => {
    const page = await member();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: /^Bestuursmodus/ }).click();
    await page.getByRole('heading', { name: 'Verbonden met het adviesorgaan' }).waitFor();
    await page.getByRole('button', { name: 'Loskoppelen' }).click();
    await page.getByRole('button', { name: 'Ja, loskoppelen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: /^Back-up/ }).click();
    await page.getByText(/^In bestuursmodus zet u hier geen back-up terug/).waitFor();
    expect(await page.getByLabel('Kies een back-upbestand (.zip)').isDisabled()).toBe(true);

    await status(page).getByRole('link').click();
    await page.getByRole('button', { name: 'Loskoppelen' }).click();
    await page.getByRole('button', { name: 'Ja, loskoppelen' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Alleen op deze computer');
    await page.getByRole('heading', { name: 'Verbinden met de server van het adviesorgaan' }).waitFor();
  });

  it('keeps what two members changed while the server was down, and says it is not yet shared', { timeout: 180_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    await registerCase(anna, { title: 'Slimme lantaarnpalen', question: 'Welke sensoren?', owner: 'R. Smit' });
    await openCase(bram, 'Slimme lantaarnpalen');

    await server.kill();
    await expect.poll(() => status(anna).getAttribute('data-board-status'), { timeout: 15_000 }).toBe('offline');
    await editCase(anna, 'Titel', 'Slimme lantaarnpalen in de binnenstad');
    await editCase(bram, 'Adviesvraag', 'Welke sensoren, en wie ziet de gegevens?');
    await expect.poll(() => status(anna).textContent()).toMatch(/^Offline — wijzigingen worden later gedeeld \(\d+ document(en)?\)$/);
    // The longer status moves nothing on the page: a click aimed at it lands where it was aimed.
    const pageTop = () => anna.locator('main').evaluate((main) => (main as HTMLElement).offsetTop);
    const topWhileWaiting = await pageTop();
    // What is not yet shared is remembered across a restart of the app.
    await anna.reload();
    await expect.poll(() => status(anna).textContent(), { timeout: 15_000 }).toMatch(/\(\d+ documenten? nog niet gedeeld\)|later gedeeld \(\d+ document(en)?\)/);

    await server.restart();
    for (const page of [anna, bram]) {
      await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('Verbonden');
      if (page === anna) expect(await pageTop()).toBe(topWhileWaiting);
      await openCase(page, 'Slimme lantaarnpalen in de binnenstad');
      await page.getByText('Welke sensoren, en wie ziet de gegevens?').waitFor({ timeout: 15_000 });
    }
  });
});
