import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { testPassword } from '../../support/accounts';

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
