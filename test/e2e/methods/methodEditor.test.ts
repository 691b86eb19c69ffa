import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { unreachableByTab } from '../support/keyboard';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

interface StoredTemplate {
  id: string;
  version: number;
  sections: { key: string; title: string; kind: string }[];
}

/** Every stored version of a template, straight from IndexedDB: what the app saved, not what it shows. */
async function storedVersions(page: Page, id: string): Promise<StoredTemplate[]> {
  const all = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beraad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('methodTemplates').objectStore('methodTemplates').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records as StoredTemplate[];
  });
  return all.filter((template) => template.id === id).sort((a, b) => a.version - b.version);
}

const section = (page: Page, number: number) => page.getByRole('group', { name: `Onderdeel ${number}`, exact: true });
const historyRows = (page: Page) =>
  page.locator('[data-version-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-version-row')));
const originalKeys = ['technologieInContext', 'actoren', 'waarden', 'handelingsopties', 'conclusie'];

async function openDefaultMethod(page: Page) {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Methoden voor het beraad beheren' }).click();
  await page.getByRole('link', { name: 'Begeleidingsethiek' }).click();
  await page.getByRole('heading', { level: 1, name: 'Begeleidingsethiek bewerken' }).waitFor();
}

describe('method template editor', () => {
  it('saves an edit of the default method as version 2, keeping the keys of existing sections', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Methoden voor het beraad beheren' }).click();
    expect(await page.locator('[data-method-row="begeleidingsethiek"]').textContent()).toContain('versie 1');
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.getByRole('link', { name: 'Begeleidingsethiek' }).click();

    await section(page, 5).getByLabel('Titel').fill('Conclusie en advies');
    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    const added = section(page, 6).getByLabel('Titel');
    expect(await added.evaluate((el) => el === document.activeElement)).toBe(true);
    await added.fill('Waarden & normen');
    await section(page, 6).getByLabel('Toelichting').fill('Welke normen volgen uit de waarden?');
    await section(page, 6).getByLabel('Soort invoer').selectOption('list');

    // Reordering by keyboard: focus stays on the moved section's button.
    await page.getByRole('button', { name: 'Onderdeel 6 omhoog' }).focus();
    await page.keyboard.press('Enter');
    expect(await section(page, 5).getByLabel('Titel').inputValue()).toBe('Waarden & normen');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Onderdeel 5 omhoog');

    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Versie 2 opgeslagen.').waitFor();
    expect(await historyRows(page)).toEqual(['2', '1']);

    const [v1, v2] = await storedVersions(page, 'begeleidingsethiek');
    expect(v1!.sections.map((s) => s.key)).toEqual(originalKeys);
    expect(v1!.sections.at(-1)!.title).toBe('Conclusie');
    expect(v2!.sections.map((s) => [s.key, s.title, s.kind])).toEqual([
      ['technologieInContext', 'De technologie in haar context', 'text'],
      ['actoren', 'Betrokkenen, effecten en waarden', 'actors'],
      ['waarden', 'Samenvatting van de waarden', 'list'],
      ['handelingsopties', 'Handelingsopties', 'options'],
      ['waardenNormen', 'Waarden & normen', 'list'],
      ['conclusie', 'Conclusie en advies', 'text'],
    ]);

    await page.reload();
    await section(page, 6).waitFor();
    expect(await section(page, 6).getByLabel('Titel').inputValue()).toBe('Conclusie en advies');
    expect(await historyRows(page)).toEqual(['2', '1']);
    expect(await page.getByText('Uw eerdere, nog niet opgeslagen invoer').count()).toBe(0);
    await page.getByRole('link', { name: 'Alle methoden' }).click();
    expect(await page.locator('[data-method-row="begeleidingsethiek"]').textContent()).toContain('versie 2');
  });

  it('refuses a section without a title with a Dutch message next to it, and saves nothing', async () => {
    const page = await session.newProfile().open();
    await openDefaultMethod(page);

    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Er is niets gewijzigd, dus er is geen nieuwe versie gemaakt.').waitFor();

    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Het formulier bevat 1 fout. Er is niets opgeslagen.').waitFor();
    const title = section(page, 6).getByLabel('Titel');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await title.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Vul dit veld in.');
    expect(await storedVersions(page, 'begeleidingsethiek')).toHaveLength(1);
    expect(await historyRows(page)).toEqual(['1']);
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);

    await page.getByRole('button', { name: 'Onderdeel 6 verwijderen' }).click();
    expect(await page.getByRole('group', { name: 'Onderdeel 6', exact: true }).count()).toBe(0);
  });
});
