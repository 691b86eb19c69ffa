import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { answer, question, tabTo } from './steps';

const session = useBrowserSession();

interface StoredScreening {
  status: string;
  caseId: string | null;
  answers: Record<string, { values: string[] }>;
}

/** The screenings as IndexedDB holds them: what was saved, not what is shown. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beraad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('screenings').objectStore('screenings').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records as StoredScreening[];
  });

const principles: [RegExp, string][] = [
  [/^Democratische besluitvorming/, 'Nee'],
  [/^Maatschappelijke waarde/, 'Nee'],
  [/^Transparantie/, 'Ja'],
  [/^Zeggenschap van inwoners/, 'Nee'],
  [/^Veilige en open digitale infrastructuur/, 'Nee'],
  [/^Juridische basis/, 'Nee'],
];

describe('screening a project', () => {
  it('is filled in by keyboard, left halfway, resumed, finished with "ja", and becomes a case that shows it', async () => {
    const profile = session.newProfile();
    let page = await profile.open();
    await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();

    await tabTo(page, 'Nieuwe screening');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe screening' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /^Naam van het project/);
    await page.keyboard.type('Inkomensapp');
    await tabTo(page, /^Uw naam/);
    await page.keyboard.type('Sanne de Vries');
    await tabTo(page, 'Afdeling');
    await page.keyboard.type('Sociaal domein');
    await tabTo(page, 'Begin met de vragen');
    await page.keyboard.press('Enter');

    for (const [text, choice] of principles) await answer(page, text, [choice]);
    await answer(page, /^Welke technologie/, ['Profilering: kenmerken van mensen of groepen gebruiken om iets over hen te voorspellen of te beoordelen']);
    // Chosen but not yet gone on: the answer is already in IndexedDB.
    await answer(page, /^Verwerkt het project persoonsgegevens/, ['Ja'], false);
    await expect.poll(async () => (await stored(page))[0]?.answers.personalData?.values).toEqual(['ja']);

    await profile.close();
    page = await profile.open();
    await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
    await tabTo(page, 'Screenings');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Screenings' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Inkomensapp');
    await page.keyboard.press('Enter');

    // It resumes after the last answer given; the progress counts the questions now shown.
    await expect.poll(() => question(page)).toMatch(/^Welke gevoelige gegevens/);
    expect(await page.locator('.screening-progress span').innerText()).toBe('Vraag 9 van 15');
    await answer(page, /^Welke gevoelige gegevens/, []);
    await answer(page, /^Wie merken de gevolgen/, ['Ondernemers en organisaties']);
    await answer(page, /^Welke rol speelt de uitkomst/, ['Er worden geen beslissingen over personen mee genomen']);
    await answer(page, /^Hoeveel mensen/, ['Een kleine groep (minder dan honderd mensen)']);
    await answer(page, /^Kunnen de gevolgen/, ['Ja, eenvoudig']);
    await answer(page, /^Zal het project zichtbaar zijn/, ['Nee']);
    await answer(page, /^Is het een AI-systeem/, ['Nee']);

    const outcome = page.locator('.screening-outcome');
    await outcome.getByText('Adviesorgaan raadplegen: ja').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await outcome.getByRole('listitem').filter({ hasText: 'Het project profileert personen.' }).first().innerText()).toContain('Verwerkt het project persoonsgegevens? — Ja');
    expect(await outcome.locator('.screening-outcome__instruments > li > strong').allInnerTexts()).toEqual(['DPIA', 'IAMA', 'Algoritmeregister']);
    expect((await stored(page))[0]?.status).toBe('completed');

    await tabTo(page, 'Maak er een casus van');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inkomensapp' }).waitFor();
    await page.getByText(/Casus EA-\d{4}-001 is geregistreerd\./).waitFor();
    const panel = page.locator('.case-screening');
    await expect.poll(() => panel.innerText()).toMatch(/Adviesorgaan raadplegen: ja, gescreend op .+ door Sanne de Vries\./);
    expect(await page.locator('.instrument-list').innerText()).toMatch(/DPIA.*IAMA.*Algoritmeregister/s);
    expect(await axeViolations(page)).toEqual([]);
    expect((await stored(page))[0]?.caseId).toBe(new URL(page.url()).hash.replace('#/casussen/', ''));

    await tabTo(page, 'Screening bekijken');
    await page.keyboard.press('Enter');
    await page.locator('.screening-outcome').getByRole('link', { name: /^Naar de casus EA-\d{4}-001$/ }).waitFor();
  });
});
