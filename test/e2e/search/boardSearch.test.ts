import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccountSession } from '../../support/accounts';
import { advice, adviceVersion, caseRecord, confidentialRecommendation, confidentialText } from '../../fixtures/export/adviceSource';
import { putRecords } from '../actions/seed';
import { connect, memberMachine, untilConnected, useBoardServer } from '../board/steps';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const board = useBoardServer(session);

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Zoekterm' });

/** Searches from the search dialog and answers the count it says and the results it lists. */
async function search(page: Page, query: string): Promise<string> {
  if (!(await searchBox(page).isVisible())) await page.keyboard.press('Control+K');
  await searchBox(page).fill('');
  await searchBox(page).fill(query);
  const results = page.locator(`[data-results-for="${query}"]`);
  await results.waitFor({ state: 'attached' });
  return `${await page.locator('.search-dialog__count').textContent()} ${await results.textContent()}`;
}

/** The record arrives through the server and is then indexed: searched again until it is found. */
async function untilFound(page: Page, query: string, expected: RegExp): Promise<void> {
  await expect.poll(() => search(page, query), { timeout: 30_000 }).toMatch(expected);
}

describe('search in board mode', () => {
  it('finds a confidential section for a member, and for a guest invited to the case only its public parts', { timeout: 120_000 }, async () => {
    const { server, secretary } = board;
    const secretaryPage = await session.newProfile().open();
    const version = adviceVersion({ number: 1 });
    await putRecords(secretaryPage, 'cases', [caseRecord()]);
    await putRecords(secretaryPage, 'advices', [advice({ versions: [{ id: version.id, number: 1, reason: version.reason, status: 'issued', createdAt: version.createdAt, issuedAt: version.issuedAt }], latest: { number: 1, status: 'issued' } })]);
    await putRecords(secretaryPage, 'adviceVersions', [version]);
    await secretaryPage.reload();
    await connect(secretaryPage, server.url, { method: 'login', email: secretary.account.email });
    await untilConnected(secretaryPage);
    const confidentialWord = confidentialText.split(' ').at(-1)!;
    const confidentialAdvice = confidentialRecommendation.split(' ').at(-1)!;

    const { page: member } = await memberMachine(session, server, secretary);
    await untilFound(member, 'groepsvorming', /Advies, versie 1/);
    expect(await search(member, confidentialWord)).toMatch(/^1 resultaat.*Advies, versie 1/);
    expect(await search(member, confidentialAdvice)).toMatch(/^1 resultaat/);

    const { account: guest } = await createAccountSession(server.httpUrl, secretary, { role: 'gast', caseIds: [caseRecord().id] });
    const guestPage = await session.newProfile().open();
    await connect(guestPage, server.url, { method: 'login', email: guest.email });
    await untilConnected(guestPage);
    await untilFound(guestPage, 'groepsvorming', /Advies, versie 1/);
    expect(await search(guestPage, confidentialWord)).toMatch(/^Niets gevonden\./);
    expect(await search(guestPage, confidentialAdvice)).toMatch(/^Niets gevonden\./);
  });
});
