import { describe, expect, it } from 'vitest';
import { accountPaths, sessionSchema } from '@shared/accounts/accountSchema';
import { screeningListSchema, screeningPaths } from '@shared/screening/screeningCommand';
import { boardDocumentName, caseDocumentName, helloToken } from '@shared/sync/protocol';
import { createAccountSession, postJson, testPassword } from '../../support/accounts';
import { openClient, refusal } from '../../support/yjsClient';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { answer, tabTo } from '../screening/steps';
import { boardStatus, connect, openBoardSettings, untilConnected, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);

const leadEmail = 'lotte@gemeente.nl';

const principles: [RegExp, string][] = [
  [/^Democratische besluitvorming/, 'Nee'],
  [/^Maatschappelijke waarde/, 'Nee'],
  [/^Transparantie/, 'Ja'],
  [/^Zeggenschap van inwoners/, 'Nee'],
  [/^Veilige en open digitale infrastructuur/, 'Nee'],
  [/^Juridische basis/, 'Nee'],
];

describe('a project lead invited by link', () => {
  it('opens the link, fills in a screening by keyboard (partly offline) in a shell without the board’s record, and the secretary sees it and makes it a case', { timeout: 240_000 }, async () => {
    const { server, secretary } = board;
    const sanne = await session.newProfile().open();
    await connect(sanne, server.url, { method: 'login', email: secretary.account.email });
    await untilConnected(sanne);

    await openBoardSettings(sanne);
    await sanne.getByRole('link', { name: 'Accounts beheren' }).click();
    const form = sanne.locator('form').filter({ has: sanne.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }) });
    await form.getByLabel('Naam').fill('Lotte Leider');
    await form.getByLabel('E-mailadres').fill(leadEmail);
    await form.getByLabel('Rol').selectOption({ label: 'projectleider' });
    await form.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }).click();
    const link = (await sanne.locator('[data-invitation-link]').textContent({ timeout: 15_000 }))!.trim();
    expect(link).toMatch(/^beraad:\/\/uitnodiging\?/);
    expect(await axeViolations(sanne)).toEqual([]);
    await sanne.getByRole('button', { name: 'Ik heb de code doorgegeven' }).click();

    // The lead pastes the link: address, code and e-mail are filled in, only the password is theirs to choose.
    const lotte = await session.newProfile().open();
    await openBoardSettings(lotte);
    await lotte.getByLabel('Adres van de server').fill(link);
    expect(await lotte.getByLabel('Adres van de server').inputValue()).toBe(server.url);
    expect(await lotte.getByLabel('Ik heb een uitnodigingscode van de secretaris', { exact: true }).isChecked()).toBe(true);
    expect(await lotte.getByLabel('E-mailadres').inputValue()).toBe(leadEmail);
    await lotte.getByLabel('Kies een wachtwoord').fill(testPassword);
    await lotte.getByRole('button', { name: 'Verbinden en delen' }).click();
    await untilConnected(lotte);

    // Their shell: their screenings only; any other address leads back to them.
    const nav = lotte.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Mijn screenings']);
    expect(await lotte.getByRole('search').count()).toBe(0);
    await lotte.evaluate(() => (location.hash = '#/personen'));
    await lotte.getByRole('heading', { level: 1, name: 'Screenings' }).waitFor();
    expect(await axeViolations(lotte)).toEqual([]);

    await tabTo(lotte, 'Nieuwe screening');
    await lotte.keyboard.press('Enter');
    await lotte.getByRole('heading', { level: 1, name: 'Nieuwe screening' }).waitFor();
    expect(await axeViolations(lotte)).toEqual([]);
    await tabTo(lotte, /^Naam van het project/);
    await lotte.keyboard.type('Inkomensapp');
    await tabTo(lotte, /^Uw naam/);
    await lotte.keyboard.type('Lotte Leider');
    await tabTo(lotte, 'Afdeling');
    await lotte.keyboard.type('Sociaal domein');
    await tabTo(lotte, 'Begin met de vragen');
    await lotte.keyboard.press('Enter');

    for (const [text, choice] of principles) await answer(lotte, text, [choice]);
    // The network goes; the answers are kept here and go to the board once it is back.
    await lotte.context().setOffline(true);
    await answer(lotte, /^Welke technologie/, ['Profilering: kenmerken van mensen of groepen gebruiken om iets over hen te voorspellen of te beoordelen']);
    await answer(lotte, /^Verwerkt het project persoonsgegevens/, ['Ja']);
    await answer(lotte, /^Welke gevoelige gegevens/, []);
    await answer(lotte, /^Wie merken de gevolgen/, ['Ondernemers en organisaties']);
    await expect.poll(() => boardStatus(lotte).innerText(), { timeout: 20_000 }).toMatch(/^Offline — uw screening wordt verstuurd zodra er weer verbinding is/);
    await lotte.context().setOffline(false);
    await answer(lotte, /^Welke rol speelt de uitkomst/, ['Er worden geen beslissingen over personen mee genomen']);
    await answer(lotte, /^Hoeveel mensen/, ['Een kleine groep (minder dan honderd mensen)']);
    await answer(lotte, /^Kunnen de gevolgen/, ['Ja, eenvoudig']);
    await answer(lotte, /^Zal het project zichtbaar zijn/, ['Nee']);
    await answer(lotte, /^Is het een AI-systeem/, ['Nee']);

    const outcome = lotte.locator('.screening-outcome');
    await outcome.getByText('Adviesorgaan raadplegen: ja').waitFor();
    await outcome.getByText('Uw screening gaat naar het adviesorgaan. De secretaris neemt contact met u op over het inbrengen van uw project.').waitFor();
    expect(await outcome.getByRole('button', { name: 'Maak er een casus van' }).count()).toBe(0);
    expect(await axeViolations(lotte)).toEqual([]);
    await untilConnected(lotte);
    await expect.poll(() => boardStatus(lotte).innerText(), { timeout: 20_000 }).toBe('Verbonden');

    // The secretary sees it like any other, with who filled it in, and makes it a case.
    await sanne.getByRole('link', { name: 'Screenings' }).click();
    const row = sanne.locator('[data-screening-row]').filter({ hasText: 'Inkomensapp' });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/Inkomensapp\s+Sociaal domein\s+Lotte Leider\s+.+\s+ja/);
    const screeningId = (await row.getAttribute('data-screening-row'))!;
    await row.getByRole('link', { name: 'Inkomensapp' }).click();
    await sanne.getByRole('button', { name: 'Maak er een casus van' }).click();
    await sanne.getByText(/Casus concept-[0-9a-f]{8} is geregistreerd\./).waitFor();
    await expect.poll(() => sanne.locator('.case-screening').innerText()).toMatch(/Adviesorgaan raadplegen: ja, gescreend op .+ door Lotte Leider\./);
    const caseId = new URL(sanne.url()).hash.replace('#/casussen/', '');

    // By hand, with the lead's own sign-in: no case document, no board document, no other lead's screening.
    const login = await postJson(server.httpUrl, accountPaths.login, { email: leadEmail, password: testPassword });
    const lead = sessionSchema.parse(login.body);
    for (const document of [caseDocumentName(caseId), boardDocumentName]) {
      const client = openClient(server.url, document, helloToken(lead.accessToken));
      try {
        expect(await refusal(client, `the lead is refused ${document}`)).toBe('forbidden');
      } finally {
        client.close();
      }
    }
    const otherLead = await createAccountSession(server.httpUrl, secretary, { role: 'projectleider' });
    const own = await fetch(`${server.httpUrl}${screeningPaths.screenings}`, { headers: { Authorization: `Bearer ${lead.accessToken}` } });
    const [mine] = screeningListSchema.parse(await own.json()).screenings;
    expect(mine?.id).toBe(screeningId);
    const taken = await postJson(server.httpUrl, screeningPaths.screenings, { ...mine, project: { ...mine!.project, title: 'Overgenomen' } }, otherLead.accessToken);
    expect(taken).toEqual({ status: 403, body: { error: 'forbidden' } });
  });
});
