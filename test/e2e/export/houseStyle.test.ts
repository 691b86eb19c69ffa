import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

describe('house style', () => {
  it('refuses colours with too little contrast, says the ratio in words, and saves once they are fixed', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Huisstijl van Word-documenten' }).click();
    const heading = page.getByLabel('Kleur van de koppen');
    await expect(heading.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await page.getByText('Contrast met wit papier: ').first().waitFor();

    await heading.fill('#777777');
    // The ratio is text tied to the field, so a screen reader reads it with the colour: not colour alone.
    const hint = page.getByText('Contrast met wit papier: 4,47:1, te laag (minimaal 4,5:1).');
    await hint.waitFor();
    expect((await heading.getAttribute('aria-describedby'))!.split(' ')).toContain(await hint.getAttribute('id'));

    await page.getByRole('button', { name: 'Opslaan' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'De huisstijl is niet opgeslagen' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Kleur van de koppen: 4,47:1 met wit papier.');
    await expect(heading.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('De huisstijl is opgeslagen.').count()).resolves.toBe(0);

    // Nothing was stored: after a restart the page shows the colour it had.
    await profile.close();
    page = await profile.open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Huisstijl van Word-documenten' }).click();
    await expect(page.getByLabel('Kleur van de koppen').inputValue()).resolves.toBe('#01689b');

    await page.getByLabel('Kleur van de koppen').fill('#767676');
    await page.getByText('Contrast met wit papier: 4,54:1, voldoende (minimaal 4,5:1).').waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De huisstijl is opgeslagen.').waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'De huisstijl is niet opgeslagen' }).count()).resolves.toBe(0);
    // The page itself passes; while the low-contrast colour was chosen its preview rightly did not.
    expect(await axeViolations(page)).toEqual([]);
  });
});
