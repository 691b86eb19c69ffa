import { describe, expect, it } from 'vitest';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

describe('settings', () => {
  it('switches the interface to English and keeps it after a restart', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Cases' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await profile.close();
    page = await profile.open();
    await page.getByRole('heading', { name: 'Cases', exact: true }).waitFor();
  });

  it('numbers new cases with a changed pattern and refuses a pattern without a sequence number', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Patroon voor zaaknummers').fill('ETH/{jj}/{nnnn}');
    await page.getByText(/ETH\/\d{2}\/0001/).waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();

    await page.getByLabel('Patroon voor zaaknummers').fill('ETH-{jjjj}');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het patroon moet een volgnummer bevatten, zoals {nnn}.').waitFor();

    await page.getByRole('link', { name: 'Casussen' }).click();
    expect(await registerCase(page, { title: 'Monitor', question: 'Mag het?', owner: 'J. Dekker' })).toMatch(/^ETH\/\d{2}\/0001$/);
  });
});
