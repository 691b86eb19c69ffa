import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

describe('advice settings', () => {
  it('saves the user name, the conclusion term and public naming, and keeps them after a reload', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    expect(await page.getByLabel('Termijn conclusie proceseigenaar (weken)').inputValue()).toBe('6');
    expect(await page.getByLabel('Bij hun rol', { exact: false }).isChecked()).toBe(true);
    expect(await page.getByLabel('Uw naam').getAttribute('aria-describedby')).toBeTruthy();

    await page.getByLabel('Uw naam').fill('Noor Hendriks');
    await page.getByLabel('Termijn conclusie proceseigenaar (weken)').fill('8');
    await page.getByLabel('Bij hun naam').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    expect(await page.getByLabel('Uw naam').inputValue()).toBe('Noor Hendriks');
    expect(await page.getByLabel('Termijn conclusie proceseigenaar (weken)').inputValue()).toBe('8');
    expect(await page.getByLabel('Bij hun naam').isChecked()).toBe(true);
    expect(await page.getByLabel('Bij hun rol', { exact: false }).isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a term outside 1 to 52 weeks, says so at the field and in a summary, and stores nothing', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Uw naam').fill('Noor Hendriks');
    await page.getByLabel('Termijn conclusie proceseigenaar (weken)').fill('60');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Kies een termijn tussen 1 en 52 weken.').waitFor();
    await page.getByText('Het formulier bevat 1 fout. Er is niets opgeslagen.').waitFor();
    expect(await page.getByLabel('Termijn conclusie proceseigenaar (weken)').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    expect(await page.getByLabel('Termijn conclusie proceseigenaar (weken)').inputValue()).toBe('6');
    expect(await page.getByLabel('Uw naam').inputValue()).toBe('');
  });
});
