import { describe, expect, it } from 'vitest';
import { accountPaths, sessionSchema } from '@shared/accounts/accountSchema';
import { decisionPath } from '@shared/advice/decisionRequest';
import { outcomePath } from '@shared/advice/outcomeRequest';
import { ownerCasePath } from '@shared/advice/ownerCase';
import { boardDocumentName, caseDocumentName, helloToken } from '@shared/sync/protocol';
import { readTable } from '@shared/sync/recordMap';
import { postJson, testPassword } from '../../support/accounts';
import { connectClient, openClient, refusal } from '../../support/yjsClient';
import { addMember, openPeople, registerPerson } from '../people/steps';
import { adviceSaved, adviceSection, moveCaseThrough, outcomePanel, stepVersion } from '../support/advice';
import { registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { tabTo } from '../screening/steps';
import { boardStatus, connect, invite, openBoardSettings, untilConnected, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);

const ownerEmail = 'olga@gemeente.nl';
const title = 'Camera’s op het Stationsplein';
const anotherCase = '0b8f4c36-3d3c-4e4a-9a57-6f1e1c1affff';

describe('a process owner invited by link for one case', () => {
  it('reads only the issued advice of their case and records the conclusion by keyboard; the board sees it with their name', { timeout: 240_000 }, async () => {
    const { server, secretary } = board;
    const sanne = await session.newProfile().open();
    await connect(sanne, server.url, { method: 'login', email: secretary.account.email });
    await untilConnected(sanne);
    await openPeople(sanne);
    await registerPerson(sanne, { name: 'Noor Bakker', roles: ['Lid adviesorgaan'] });
    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(sanne, { title, question: 'Mogen we filmen?', owner: 'O. Eigenaar' });
    const caseId = new URL(sanne.url()).hash.replace('#/casussen/', '');
    await addMember(sanne, 'Noor Bakker', 'Lid adviesorgaan');
    await moveCaseThrough(sanne, ['In voorbereiding', 'In beraadslaging', 'Advies in opstelling']);
    await sanne.getByRole('link', { name: 'Advies', exact: true }).click();
    await sanne.getByRole('button', { name: 'Advies opstellen' }).click();
    await adviceSection(sanne, 'Korte beschrijving van het onderwerp').click();
    await sanne.keyboard.type('Camera’s bij het station.');
    await sanne.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
    await sanne.locator('.advice-recommendations [role="textbox"]').last().click();
    await sanne.keyboard.type('Film alleen tijdens evenementen.');
    await adviceSaved(sanne);
    await stepVersion(sanne, 'Ter beoordeling voorleggen', 'ter beoordeling');

    // The secretary invites the owner for this one case; the notice gives the link.
    await openBoardSettings(sanne);
    await sanne.getByRole('link', { name: 'Accounts beheren' }).click();
    const form = sanne.locator('form').filter({ has: sanne.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }) });
    await form.getByLabel('Naam').fill('Olga Eigenaar');
    await form.getByLabel('E-mailadres').fill(ownerEmail);
    await form.getByLabel('Rol').selectOption({ label: 'proceseigenaar' });
    await form.getByLabel('Zoek een casus op kenmerk of titel').fill('Stationsplein');
    await form.getByRole('radio', { name: new RegExp(title) }).check();
    expect(await axeViolations(sanne)).toEqual([]);
    await form.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }).click();
    const link = (await sanne.locator('[data-invitation-link]').textContent({ timeout: 15_000 }))!.trim();
    expect(link).toMatch(/^beraad:\/\/uitnodiging\?/);
    expect(await axeViolations(sanne)).toEqual([]);
    await sanne.getByRole('button', { name: 'Ik heb de code doorgegeven' }).click();

    const olga = await session.newProfile().open();
    await openBoardSettings(olga);
    await olga.getByLabel('Adres van de server').fill(link);
    await olga.getByLabel('Kies een wachtwoord').fill(testPassword);
    await olga.getByRole('button', { name: 'Verbinden en delen' }).click();
    await untilConnected(olga);

    // Their shell: the one case, nothing else; any other address leads back to it.
    const nav = olga.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Advies en conclusie']);
    expect(await olga.getByRole('search').count()).toBe(0);
    await olga.evaluate(() => (location.hash = '#/personen'));
    await olga.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor({ timeout: 15_000 });
    await olga.locator('[data-owner-status="waiting"]').waitFor();
    expect(await olga.getByText('Film alleen tijdens evenementen.').count()).toBe(0);
    expect(await axeViolations(olga)).toEqual([]);
    // Her machine has no socket to the server: the header says what her requests find.
    await olga.context().setOffline(true);
    await expect.poll(() => boardStatus(olga).getAttribute('data-board-status')).toBe('offline');
    await olga.context().setOffline(false);
    await expect.poll(() => boardStatus(olga).getAttribute('data-board-status'), { timeout: 15_000 }).toBe('connected');

    // A member approves (by hand, with her own account); the secretary approves the version and issues it.
    const noorCode = await invite(sanne, { name: 'Noor (account)', email: 'noor@gemeente.nl', role: 'lid', person: 'Noor Bakker' });
    const noor = sessionSchema.parse((await postJson(server.httpUrl, accountPaths.acceptInvitation, { invitationCode: noorCode, email: 'noor@gemeente.nl', password: testPassword })).body);
    const reader = await connectClient(server.url, caseDocumentName(caseId), helloToken(secretary.accessToken));
    const [versionId] = [...readTable(reader.doc, 'adviceVersions').keys()];
    reader.close();
    expect((await postJson(server.httpUrl, decisionPath, { caseId, versionId, decision: { kind: 'review', reviewKind: 'approval', comment: '' } }, noor.accessToken)).status).toBe(200);
    await sanne.getByRole('link', { name: 'Casussen' }).click();
    await sanne.getByRole('link', { name: title }).click();
    await sanne.getByRole('link', { name: 'Advies', exact: true }).click();
    await sanne.locator('.advice-reviews li', { hasText: 'Noor Bakker' }).waitFor({ timeout: 15_000 });
    await stepVersion(sanne, 'Goedkeuren', 'goedgekeurd');
    await stepVersion(sanne, 'Advies uitbrengen', 'uitgebracht');

    // The owner reads the advice as issued and answers it, by keyboard only.
    await olga.reload();
    await olga.locator('[data-owner-status="open"]').waitFor({ timeout: 15_000 });
    await olga.getByRole('heading', { level: 2, name: /^Het advies \(versie 1, uitgebracht op / }).waitFor();
    await olga.getByText('Film alleen tijdens evenementen.').waitFor();
    expect(await axeViolations(olga)).toEqual([]);
    await tabTo(olga, 'Overgenomen');
    await olga.keyboard.press('ArrowDown');
    expect(await olga.getByRole('radio', { name: 'Deels overgenomen' }).isChecked()).toBe(true);
    await tabTo(olga, /^Redenen/);
    await olga.keyboard.type('Alleen bij evenementen, niet dagelijks.');
    await tabTo(olga, 'Conclusie vastleggen');
    await olga.keyboard.press('Enter');
    const recorded = olga.locator('[data-owner-status="recorded"]');
    await recorded.waitFor({ timeout: 15_000 });
    expect(await recorded.innerText()).toMatch(/^Uw conclusie \(deels overgenomen\) is vastgelegd op .+ door Olga Eigenaar\./);
    expect(await axeViolations(olga)).toEqual([]);

    // The board sees it as any other conclusion, with the owner's name in the case's trail and in the server's log.
    const conclusion = outcomePanel(sanne, 'conclusion');
    await conclusion.getByText(/^Conclusie vastgelegd: deels overgenomen, ontvangen op /).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => sanne.locator('.audit-trail tbody tr', { hasText: 'Conclusie' }).locator('td:nth-child(2)').allTextContents(), { timeout: 15_000 })
      .toContain('Olga Eigenaar');
    const serverLog = sanne.locator('[data-server-audit]');
    await expect
      .poll(() => serverLog.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent))), { timeout: 15_000 })
      .toContainEqual(['Olga Eigenaar', 'Conclusie van de proceseigenaar vastgelegd']);
    await sanne.getByRole('link', { name: /^Terug naar casus/ }).click();
    await sanne.locator('.case-page .status-label', { hasText: 'Conclusie ontvangen' }).waitFor({ timeout: 15_000 });

    // By hand, with the owner's own sign-in: not the case's document, not the board's, not another case.
    const owner = sessionSchema.parse((await postJson(server.httpUrl, accountPaths.login, { email: ownerEmail, password: testPassword })).body);
    for (const document of [caseDocumentName(caseId), boardDocumentName]) {
      const client = openClient(server.url, document, helloToken(owner.accessToken));
      try {
        expect(await refusal(client, `the owner is refused ${document}`)).toBe('forbidden');
      } finally {
        client.close();
      }
    }
    expect(await postJson(server.httpUrl, ownerCasePath, { caseId: anotherCase }, owner.accessToken)).toEqual({ status: 403, body: { error: 'forbidden' } });
    const conclusionInput = { decision: 'adopted', reasons: '', receivedOn: new Date().toLocaleDateString('sv-SE') };
    expect(await postJson(server.httpUrl, outcomePath, { caseId: anotherCase, decision: { kind: 'conclusion', conclusion: conclusionInput } }, owner.accessToken)).toEqual({
      status: 403,
      body: { error: 'forbidden' },
    });
    const publication = { classificationChecked: true, publicSummary: 'Camera’s', publishedOn: null, url: '' };
    expect(await postJson(server.httpUrl, outcomePath, { caseId, decision: { kind: 'publication', publication } }, owner.accessToken)).toEqual({ status: 403, body: { error: 'forbidden' } });
  });
});
