import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Account, Session } from '@shared/accounts/accountSchema';
import { createAccountSession, setupFirstAccount, testPassword } from '../../support/accounts';
import { startBoardServer, type TestBoardServer } from '../../support/boardServer';
import type { useBrowserSession } from '../support/session';

export type SignInAs =
  | { method: 'login'; email: string; password?: string }
  | { method: 'invitation'; code: string; email: string; password?: string }
  | { method: 'setup'; code: string; name: string; email: string; password?: string };

const methodLabels = {
  login: 'Ik heb al een account',
  invitation: 'Ik heb een uitnodigingscode van de secretaris',
  setup: 'Eerste keer: de server is net geïnstalleerd en ik heb de instelcode',
} as const;

export const boardStatus = (page: Page) => page.locator('[data-board-status]');

/** A text without the others' cursors, whose names sit inside it. */
export const textWithoutCarets = (editor: Locator) =>
  editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent;
  });

export async function openBoardSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: /^Bestuursmodus/ }).click();
}

/** Fills the sign-in part of the board page as a person would. */
export async function fillSignIn(page: Page, as: SignInAs): Promise<void> {
  const method = page.getByLabel(methodLabels[as.method], { exact: true });
  if ((await method.count()) > 0) await method.check();
  if (as.method !== 'login') await page.getByRole('textbox', { name: as.method === 'setup' ? 'Instelcode van de server' : 'Uitnodigingscode', exact: true }).fill(as.code);
  if (as.method === 'setup') await page.getByLabel('Uw naam').fill(as.name);
  await page.getByLabel('E-mailadres').fill(as.email);
  await page.getByLabel(as.method === 'login' ? 'Wachtwoord' : 'Kies een wachtwoord').fill(as.password ?? testPassword);
}

/** Instellingen → Bestuursmodus: the address, who signs in, then Verbinden en delen. */
export async function connect(page: Page, address: string, as: SignInAs): Promise<void> {
  await openBoardSettings(page);
  await page.getByLabel('Adres van de server').fill(address);
  await fillSignIn(page, as);
  await page.getByRole('button', { name: 'Verbinden en delen' }).click();
}

export async function untilConnected(page: Page, timeout = 15_000): Promise<void> {
  await expect.poll(() => boardStatus(page).getAttribute('data-board-status'), { timeout }).toBe('connected');
}

/** The secretary's Accounts page: creates an account and answers the invitation code it shows once. */
export async function invite(page: Page, fields: { name: string; email: string; role: string; person?: string; cases?: string[] }): Promise<string> {
  await openBoardSettings(page);
  await page.getByRole('link', { name: 'Accounts beheren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }) });
  await form.getByLabel('Naam').fill(fields.name);
  await form.getByLabel('E-mailadres').fill(fields.email);
  await form.getByLabel('Rol').selectOption({ label: fields.role });
  if (fields.person) await form.getByLabel('Persoon in het personenregister').selectOption({ label: fields.person });
  for (const title of fields.cases ?? []) {
    await form.getByLabel('Zoek een casus op kenmerk of titel').fill(title);
    await form.getByLabel(new RegExp(title)).check();
  }
  await form.getByRole('button', { name: 'Account aanmaken en uitnodigingscode maken' }).click();
  const code = (await page.locator('[data-invitation-code]').textContent({ timeout: 15_000 }))!.trim();
  await page.getByRole('button', { name: 'Ik heb de code doorgegeven' }).click();
  return code;
}

/** A member's machine with an account of their own, connected to the board's server through the settings, on the case list. */
export async function memberMachine(
  session: ReturnType<typeof useBrowserSession>,
  server: TestBoardServer,
  secretary: Session,
): Promise<{ page: Page; account: Account }> {
  const { account } = await createAccountSession(server.httpUrl, secretary, { role: 'lid' });
  const page = await session.newProfile().open();
  await connect(page, server.url, { method: 'login', email: account.email });
  await untilConnected(page);
  await page.getByRole('link', { name: 'Casussen' }).click();
  return { page, account };
}

/** A real board server for the file's tests, set up with its secretary, that the browsers may reach. */
export function useBoardServer(session: ReturnType<typeof useBrowserSession>): { server: TestBoardServer; secretary: Session } {
  const board = {} as { server: TestBoardServer; secretary: Session };
  beforeAll(async () => {
    board.server = await startBoardServer();
    board.secretary = await setupFirstAccount(board.server.httpUrl, board.server.setupCode!);
    session.allow(board.server.httpUrl);
  });
  afterAll(async () => {
    await board.server?.stop();
  });
  return board;
}
