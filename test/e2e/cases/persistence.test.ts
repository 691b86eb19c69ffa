import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase, waitUntilSaved } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });

describe('nothing typed is lost', () => {
  it('keeps description text when the browser is closed within a second of the last keystroke', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerCase(page, { title: 'Drukte meten', question: 'Mag dit?', owner: 'C. de Wit' });
    const url = page.url();
    await description(page).click();
    await page.keyboard.type('Tellingen per kwartier, ');
    await page.keyboard.type('geen beelden.');
    const lastKeystroke = Date.now();
    await page.waitForTimeout(450);
    await profile.close();
    expect(Date.now() - lastKeystroke).toBeLessThan(1000);

    page = await profile.open();
    await page.goto(url);
    await expect.poll(() => description(page).textContent()).toBe('Tellingen per kwartier, geen beelden.');
  });

  it('keeps description text when the browser process is killed 700 ms after the last keystroke', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await registerCase(page, { title: 'Drones', question: 'Onder welke voorwaarden?', owner: 'D. Jansen' });
    const url = page.url();
    await description(page).click();
    await page.keyboard.type('Vliegen alleen boven het buitengebied.');
    await page.waitForTimeout(700);
    await profile.kill();

    page = await profile.open();
    await page.goto(url);
    await expect.poll(() => description(page).textContent()).toBe('Vliegen alleen boven het buitengebied.');
  });

  it('shows "Opgeslagen" only after the write, and saves when the editor loses focus', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Inkomensapp', question: 'Mag koppelen?', owner: 'E. Visser' });
    await description(page).click();
    await page.keyboard.type('Koppeling met BRP');
    expect(await page.locator('.description [data-save-status]').getAttribute('data-save-status')).toBe('pending');
    await page.getByRole('heading', { level: 1 }).click();
    await waitUntilSaved(page);
    await page.reload();
    await expect.poll(() => description(page).textContent()).toBe('Koppeling met BRP');
  });

  it('restores a half-typed registration after a crash, and forgets it once registered', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    await page.getByLabel('Titel').fill('Wijkanalyse zonder profilering');
    await page.getByLabel('Adviesvraag').fill('Hoe voorkomen we stigmatisering van wijken?');
    await page.getByText('Concept bewaard').waitFor();
    await profile.kill();

    page = await profile.open();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    await page.getByText('Uw eerdere, nog niet opgeslagen invoer is teruggezet.').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Wijkanalyse zonder profilering');
    expect(await page.getByLabel('Adviesvraag').inputValue()).toBe('Hoe voorkomen we stigmatisering van wijken?');
    await page.getByLabel('Naam proceseigenaar').fill('F. Mulder');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText(/is geregistreerd/).waitFor();

    await page.getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('button', { name: 'Casus registreren' }).click();
    expect(await page.getByLabel('Titel').inputValue()).toBe('');
    expect(await page.getByText('Uw eerdere, nog niet opgeslagen invoer is teruggezet.').count()).toBe(0);
  });
});
