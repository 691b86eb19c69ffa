import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember, declareConflict, openPeople, registerPerson } from '../people/steps';
import { caseForm, registerCase, waitUntilSaved } from '../support/app';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';
import { setupFirstAccount } from '../../support/accounts';
import { startBoardServer, type TestBoardServer } from '../../support/boardServer';
import { boardStatus, connect, invite, openBoardSettings, untilConnected } from './steps';

const session = useBrowserSession();
let server: TestBoardServer;

/** Each group of tests its own server, so none depends on what another created. */
function useBoardServer(withSecretary: boolean): void {
  beforeAll(async () => {
    server = await startBoardServer();
    session.allow(server.httpUrl);
    if (withSecretary) await setupFirstAccount(server.httpUrl, server.setupCode!, secretaryEmail);
  });
  afterAll(async () => {
    await server?.stop();
  });
}

const secretaryEmail = 'sanne@gemeente.nl';

async function openCase(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
}

describe('the first accounts of a new board server', () => {
  useBoardServer(false);

  it('creates the secretary with the server’s setup code, refuses a wrong password in Dutch, and the invited member joins', async () => {
    const sanne = await session.newProfile().open();
    await connect(sanne, server.url, { method: 'setup', code: 'AAAA-BBBB-CCCC-DDDD', name: 'Sanne Jansen', email: secretaryEmail });
    await sanne.getByText('Deze instelcode klopt niet. Gebruik de code die de server bij de start liet zien.').waitFor();
    expect(await boardStatus(sanne).getAttribute('data-board-status')).toBe('solo');

    await sanne.getByRole('textbox', { name: 'Instelcode van de server' }).fill(server.setupCode!);
    await sanne.getByRole('button', { name: 'Verbinden en delen' }).click();
    await untilConnected(sanne);
    await sanne.getByText(`Aangemeld als Sanne Jansen (${secretaryEmail}, secretaris).`).waitFor();
    expect(await axeViolations(sanne)).toEqual([]);

    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(sanne, { title: 'Tellen in het park', question: 'Mogen we tellen?', owner: 'P. de Boer' });
    await waitUntilSaved(sanne);
    const code = await invite(sanne, { name: 'Bram Bakker', email: 'bram@gemeente.nl', role: 'lid' });
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(await axeViolations(sanne)).toEqual([]);
    expect(await unreachableByTab(sanne)).toEqual([]);

    const bram = await session.newProfile().open();
    await connect(bram, server.url, { method: 'login', email: 'bram@gemeente.nl', password: 'nog geen wachtwoord gekozen' });
    await bram.getByText('Dit e-mailadres en wachtwoord passen niet bij elkaar. Er is niets gewijzigd.').waitFor();
    expect(await boardStatus(bram).getAttribute('data-board-status')).toBe('solo');
    await connect(bram, server.url, { method: 'invitation', code, email: 'bram@gemeente.nl' });
    await untilConnected(bram);
    await openCase(bram, 'Tellen in het park');
  });
});

describe('who receives which case', () => {
  useBoardServer(true);

  it('lets a guest read only the case they were invited to, and a member with a conflict only read that case until the secretary excludes such members', { timeout: 180_000 }, async () => {
    const sanne = await session.newProfile().open();
    await connect(sanne, server.url, { method: 'login', email: secretaryEmail });
    await untilConnected(sanne);
    await openPeople(sanne);
    await registerPerson(sanne, { name: 'Chris de Vries', roles: ['Lid adviesorgaan'] });
    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(sanne, { title: 'Camera’s op het plein', question: 'Mogen we filmen?', owner: 'R. Smit' });
    await addMember(sanne, 'Chris de Vries', 'Lid adviesorgaan');
    await declareConflict(sanne, 'Chris de Vries', 'Woont aan het plein.', 'Neemt niet deel');
    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(sanne, { title: 'Sensoren in de wijk', question: 'Welke sensoren?', owner: 'R. Smit' });
    await waitUntilSaved(sanne);

    const guestCode = await invite(sanne, { name: 'Gijs Gast', email: 'gijs@example.nl', role: 'gast', cases: ['Camera’s op het plein'] });
    const chrisCode = await invite(sanne, { name: 'Chris de Vries', email: 'chris@gemeente.nl', role: 'lid', person: 'Chris de Vries' });

    const gijs = await session.newProfile().open();
    await connect(gijs, server.url, { method: 'invitation', code: guestCode, email: 'gijs@example.nl' });
    await untilConnected(gijs);
    await openCase(gijs, 'Camera’s op het plein');
    await gijs.locator('[data-read-only-case]').waitFor({ timeout: 15_000 });
    await gijs.getByRole('link', { name: 'Casussen' }).click();
    // Never the other case, not even its title.
    expect(await gijs.getByText('Sensoren in de wijk').count()).toBe(0);
    expect(await gijs.getByText('Tellen in het park').count()).toBe(0);

    const chris = await session.newProfile().open();
    await connect(chris, server.url, { method: 'invitation', code: chrisCode, email: 'chris@gemeente.nl' });
    await untilConnected(chris);
    await openCase(chris, 'Camera’s op het plein');
    await chris.locator('[data-read-only-case]').waitFor({ timeout: 15_000 });
    await chris.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await caseForm(chris).getByLabel('Adviesvraag').fill('Door Chris gewijzigd');
    await caseForm(chris).getByRole('button', { name: 'Opslaan' }).click();
    // A change to a case Chris may change travels on the same socket after the refused one: once it arrives, the other would have too.
    await openCase(chris, 'Sensoren in de wijk');
    expect(await chris.locator('[data-read-only-case]').count()).toBe(0);
    await chris.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await caseForm(chris).getByLabel('Adviesvraag').fill('Welke sensoren, volgens Chris?');
    await caseForm(chris).getByRole('button', { name: 'Opslaan' }).click();

    await openCase(sanne, 'Sensoren in de wijk');
    await sanne.getByText('Welke sensoren, volgens Chris?').waitFor({ timeout: 15_000 });
    await openCase(sanne, 'Camera’s op het plein');
    await sanne.getByText('Mogen we filmen?').waitFor();
    expect(await sanne.getByText('Door Chris gewijzigd').count()).toBe(0);

    // The secretary chooses that a member with a conflict does not receive the case at all: Chris's open case is closed and taken off his machine.
    await openCase(chris, 'Camera’s op het plein');
    await openBoardSettings(sanne);
    await sanne.getByLabel('Ontvangt de casus niet (en vindt hem niet bij zoeken)').check();
    expect(await axeViolations(sanne)).toEqual([]);
    await chris.locator('[data-read-only-case="none"]').waitFor({ timeout: 15_000 });
    await chris.getByRole('heading', { level: 1, name: /Camera’s op het plein/ }).waitFor({ state: 'detached' });
    expect(await axeViolations(chris)).toEqual([]);
    for (const again of [false, true]) {
      if (again) await chris.reload();
      await chris.getByRole('link', { name: 'Casussen' }).click();
      await chris.getByRole('link', { name: 'Sensoren in de wijk' }).waitFor();
      expect(await chris.getByText('Camera’s op het plein').count()).toBe(0);
    }
  });
});
