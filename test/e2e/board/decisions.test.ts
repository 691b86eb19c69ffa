import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember, openPeople, registerPerson } from '../people/steps';
import { adviceSaved, adviceSection, outcomePanel, stepVersion } from '../support/advice';
import { registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { setupFirstAccount } from '../../support/accounts';
import { startBoardServer, type TestBoardServer } from '../../support/boardServer';
import { connect, invite, untilConnected } from './steps';

const session = useBrowserSession();
let server: TestBoardServer;
const secretaryEmail = 'sanne@gemeente.nl';

beforeAll(async () => {
  server = await startBoardServer();
  session.allow(server.httpUrl);
  await setupFirstAccount(server.httpUrl, server.setupCode!, secretaryEmail);
});
afterAll(async () => {
  await server?.stop();
});

async function openAdvice(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Advies', exact: true }).click();
}

describe('decisions in board mode', () => {
  it('lets a member approve only in their own name, and the server records it with the account’s name', { timeout: 180_000 }, async () => {
    const sanne = await session.newProfile().open();
    await connect(sanne, server.url, { method: 'login', email: secretaryEmail });
    await untilConnected(sanne);
    await openPeople(sanne);
    await registerPerson(sanne, { name: 'Noor Bakker', roles: ['Lid adviesorgaan'] });
    await registerPerson(sanne, { name: 'Bram Visser', roles: ['Lid adviesorgaan'] });
    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(sanne, { title: 'Wifi-tellers in het centrum', question: 'Mogen we tellen?', owner: 'R. Smit' });
    await addMember(sanne, 'Noor Bakker', 'Lid adviesorgaan');
    await addMember(sanne, 'Bram Visser', 'Lid adviesorgaan');
    await sanne.locator('.case-board [data-board-member="Bram Visser"]').waitFor();
    await sanne.getByRole('link', { name: 'Advies', exact: true }).click();
    await sanne.getByRole('button', { name: 'Advies opstellen' }).click();
    await adviceSection(sanne, 'Korte beschrijving van het onderwerp').click();
    await sanne.keyboard.type('Tellen van telefoons in het centrum.');
    await sanne.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
    await sanne.locator('.advice-recommendations [role="textbox"]').last().click();
    await sanne.keyboard.type('Tel alleen geanonimiseerd.');
    await adviceSaved(sanne);
    await stepVersion(sanne, 'Ter beoordeling voorleggen', 'ter beoordeling');
    // The secretary's account is tied to nobody in the register: she records no review.
    await sanne.locator('[data-not-a-member]').waitFor();

    const code = await invite(sanne, { name: 'Noor B. (account)', email: 'noor@gemeente.nl', role: 'lid', person: 'Noor Bakker' });
    const noor = await session.newProfile().open();
    await connect(noor, server.url, { method: 'invitation', code, email: 'noor@gemeente.nl' });
    await untilConnected(noor);
    await openAdvice(noor, 'Wifi-tellers in het centrum');
    const reviews = noor.locator('.advice-reviews');
    const member = reviews.getByLabel('Lid van het adviesorgaan');
    await member.waitFor({ timeout: 15_000 });
    // Only her own name: Bram cannot be chosen from Noor's machine.
    expect(await member.locator('option').allTextContents()).toEqual(['Noor Bakker']);
    await reviews.getByLabel('Soort reactie').selectOption({ label: 'goedgekeurd' });
    await reviews.getByRole('button', { name: 'Reactie vastleggen' }).click();
    await reviews.locator('li', { hasText: 'Noor Bakker' }).waitFor({ timeout: 15_000 });
    expect(await axeViolations(noor)).toEqual([]);

    await openAdvice(sanne, 'Wifi-tellers in het centrum');
    await sanne.locator('.advice-reviews li', { hasText: 'Noor Bakker' }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => sanne.locator('.audit-trail tbody tr td:nth-child(2)').allTextContents(), { timeout: 15_000 })
      .toContain('Noor B. (account)');
    await stepVersion(sanne, 'Goedkeuren', 'goedgekeurd');
    await stepVersion(sanne, 'Advies uitbrengen', 'uitgebracht');

    // The conclusion is the server's to record, as the facilitator or the secretary: a member is refused, in Dutch.
    await openAdvice(noor, 'Wifi-tellers in het centrum');
    const noorsConclusion = outcomePanel(noor, 'conclusion');
    await noorsConclusion.getByLabel('Overgenomen', { exact: true }).check({ timeout: 15_000 });
    await noorsConclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await noorsConclusion.getByText(/^Uw rol mag dit besluit niet nemen/).waitFor({ timeout: 15_000 });

    const conclusion = outcomePanel(sanne, 'conclusion');
    await conclusion.getByLabel('Overgenomen', { exact: true }).check();
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await conclusion.getByText(/^Conclusie vastgelegd: overgenomen, ontvangen op /).waitFor({ timeout: 15_000 });
    await noorsConclusion.getByText(/^Conclusie vastgelegd: overgenomen, ontvangen op /).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => sanne.locator('.audit-trail tbody tr', { hasText: 'Conclusie' }).locator('td:nth-child(2)').allTextContents(), { timeout: 15_000 })
      .toContain('Sanne Secretaris');

    // The server's own log of the case: every decision with the account's name, the refusal too, and an unbroken chain.
    const serverLog = sanne.locator('[data-server-audit]');
    await expect
      .poll(() => serverLog.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent))), {
        timeout: 15_000,
      })
      .toEqual([
        ['Sanne Secretaris', 'Conclusie van de proceseigenaar vastgelegd'],
        ['Noor B. (account)', 'Geweigerd: deze rol mag dit besluit niet nemen'],
        ['Sanne Secretaris', 'Advies uitgebracht'],
        ['Sanne Secretaris', 'Versie goedgekeurd'],
        ['Noor B. (account)', 'Goedkeuring vastgelegd'],
        ['Sanne Secretaris', 'Versie ter beoordeling voorgelegd'],
        ['Sanne Secretaris', expect.stringMatching(/^Zaaknummer EA-\d{4}-001 uitgegeven$/)],
      ]);
    await serverLog.locator('[data-chain="intact"]').waitFor();
    expect(await axeViolations(sanne)).toEqual([]);
  });
});
