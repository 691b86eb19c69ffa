import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember, declareConflict, memberRow, openPeople, registerPerson } from '../people/steps';
import { adviceSaved, adviceSection } from '../support/advice';
import { caseForm, registerCase, waitUntilSaved } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { memberMachine, textWithoutCarets, untilConnected, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);
const member = () => memberMachine(session, board.server, board.secretary);

async function openCase(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
}

const openForm = async (page: Page) => {
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await caseForm(page).waitFor();
};

async function saveQuestion(page: Page, value: string): Promise<void> {
  await caseForm(page).getByLabel('Adviesvraag').fill(value);
  await caseForm(page).getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const conflict = (page: Page) => page.locator('[data-field-conflict="question"]');
const nameConflict = (page: Page) => page.locator('[data-field-conflict="name"]');

async function openMethod(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Methoden voor het beraad beheren' }).click();
  // By its row: an earlier test of this file may have renamed it on the board.
  await page.locator('[data-method-row="begeleidingsethiek"] a').click();
  await page.getByRole('heading', { level: 1, name: / bewerken$/ }).waitFor();
}
const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });

describe('conflicts in board mode', () => {
  it('shows both members the value that lost when both changed one field offline, and lets one take it for both', { timeout: 180_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    await registerCase(anna.page, { title: 'Deelscooters op de stoep', question: 'Mag dit?', owner: 'P. de Boer' });
    await openCase(bram.page, 'Deelscooters op de stoep');
    // Opened online: offline, the page's code that is not loaded yet cannot be fetched either.
    await Promise.all([openForm(anna.page), openForm(bram.page)]);

    await Promise.all([anna.page.context().setOffline(true), bram.page.context().setOffline(true)]);
    await saveQuestion(anna.page, 'Vraag van Anna');
    await saveQuestion(bram.page, 'Vraag van Bram');
    await Promise.all([anna.page.context().setOffline(false), bram.page.context().setOffline(false)]);
    await Promise.all([untilConnected(anna.page, 30_000), untilConnected(bram.page, 30_000)]);

    for (const page of [anna.page, bram.page]) await conflict(page).waitFor({ timeout: 30_000 });
    const lost = (await conflict(anna.page).locator('[data-field-conflict-value]').textContent())!;
    expect(['Vraag van Anna', 'Vraag van Bram']).toContain(lost);
    const writer = lost === 'Vraag van Anna' ? anna.account.name : bram.account.name;
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => conflict(page).textContent(), { timeout: 15_000 }).toContain(`De andere waarde, van ${writer}, was:`);
      expect(await conflict(page).locator('[data-field-conflict-value]').textContent()).toBe(lost);
    }
    expect(await axeViolations(bram.page)).toEqual([]);

    await conflict(bram.page).getByRole('button', { name: 'Andere waarde gebruiken' }).click();
    for (const page of [anna.page, bram.page]) {
      await page.locator('.case-details').getByText(lost).waitFor({ timeout: 30_000 });
      await expect.poll(() => conflict(page).count(), { timeout: 30_000 }).toBe(0);
    }
  });
  it('keeps both members’ board composition and description of a case that each started offline, and shows the list both filled in', { timeout: 240_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    await openPeople(anna.page);
    await registerPerson(anna.page, { name: 'Noor Bakker', roles: ['Lid adviesorgaan'] });
    await registerPerson(anna.page, { name: 'Wim Jansen', roles: ['Lid adviesorgaan'] });
    await anna.page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(anna.page, { title: 'Slimme lantaarnpalen', question: 'Mag dit?', owner: 'P. de Boer' });
    await openCase(bram.page, 'Slimme lantaarnpalen');
    const people = bram.page.getByRole('form', { name: 'Aan adviesorgaan toevoegen' }).getByLabel('Persoon');
    await people.locator('option', { hasText: 'Wim Jansen' }).waitFor({ state: 'attached', timeout: 15_000 });

    // Neither case has a composition or a description yet: each member creates them apart.
    await Promise.all([anna.page.context().setOffline(true), bram.page.context().setOffline(true)]);
    await addMember(anna.page, 'Noor Bakker', 'Lid adviesorgaan');
    await memberRow(anna.page, 'Noor Bakker').waitFor();
    await description(anna.page).click();
    await anna.page.keyboard.type('Anna over het licht.');
    await addMember(bram.page, 'Wim Jansen', 'Lid adviesorgaan');
    await memberRow(bram.page, 'Wim Jansen').waitFor();
    await declareConflict(bram.page, 'Wim Jansen', 'Woont aan de straat.', 'Neemt niet deel');
    await description(bram.page).click();
    await bram.page.keyboard.type('Bram over de camera.');
    await Promise.all([waitUntilSaved(anna.page), waitUntilSaved(bram.page)]);
    await Promise.all([anna.page.context().setOffline(false), bram.page.context().setOffline(false)]);
    await Promise.all([untilConnected(anna.page, 30_000), untilConnected(bram.page, 30_000)]);

    const members = (page: Page) => page.locator('[data-field-conflict="members"]');
    for (const page of [anna.page, bram.page]) {
      await members(page).waitFor({ timeout: 30_000 });
      await expect.poll(() => textWithoutCarets(description(page)), { timeout: 15_000 }).toMatch(/(?=.*Anna over het licht\.)(?=.*Bram over de camera\.)/);
    }
    // Opened afresh, so which record won is read from the merged table, not from the page before.
    for (const page of [anna.page, bram.page]) await openCase(page, 'Slimme lantaarnpalen');
    const shown = (await memberRow(anna.page, 'Noor Bakker').count()) > 0 ? 'Noor Bakker' : 'Wim Jansen';
    const other = shown === 'Noor Bakker' ? 'Wim Jansen' : 'Noor Bakker';
    for (const page of [anna.page, bram.page]) {
      await memberRow(page, shown).waitFor({ timeout: 15_000 });
      // A field only one of them filled in is kept whatever record won.
      await page.locator('.case-board [data-conflict-row="Wim Jansen"]').waitFor();
      expect(await members(page).textContent()).toContain('Samenstelling, veld Leden');
    }

    await members(bram.page).getByRole('button', { name: 'Andere waarde gebruiken' }).click();
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => members(page).count(), { timeout: 30_000 }).toBe(0);
      // The open page shows the value taken, on the other machine too, without being opened again.
      await memberRow(page, other).waitFor({ timeout: 15_000 });
    }
  });

  it('shows on a method’s page the name both members gave its version 2 offline, and lets one take the other’s for both', { timeout: 180_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    const names = ['Ethiek volgens Anna', 'Ethiek volgens Bram'] as const;
    for (const page of [anna.page, bram.page]) await openMethod(page);
    await Promise.all([anna.page.context().setOffline(true), bram.page.context().setOffline(true)]);
    for (const [page, name] of [[anna.page, names[0]], [bram.page, names[1]]] as const) {
      await page.getByRole('textbox', { name: /^Naam/ }).fill(name);
      await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
      await page.getByText('Versie 2 opgeslagen.').waitFor();
    }
    await Promise.all([anna.page.context().setOffline(false), bram.page.context().setOffline(false)]);
    await Promise.all([untilConnected(anna.page, 30_000), untilConnected(bram.page, 30_000)]);

    for (const page of [anna.page, bram.page]) await nameConflict(page).waitFor({ timeout: 30_000 });
    const lost = (await nameConflict(anna.page).locator('[data-field-conflict-value]').textContent())!;
    expect(names).toContain(lost);
    const kept = names.find((name) => name !== lost)!;
    for (const page of [anna.page, bram.page]) {
      // The page shows the version both saved under the name that was kept, and says which field the other filled in.
      await page.getByRole('heading', { level: 1, name: `${kept} bewerken` }).waitFor({ timeout: 15_000 });
      await expect.poll(() => nameConflict(page).textContent(), { timeout: 15_000 }).toContain(`${kept}, versie 2, veld Naam`);
      expect(await nameConflict(page).locator('[data-field-conflict-value]').textContent()).toBe(lost);
    }
    expect(await axeViolations(bram.page)).toEqual([]);

    await nameConflict(bram.page).getByRole('button', { name: 'Andere waarde gebruiken' }).click();
    for (const page of [anna.page, bram.page]) {
      await page.getByRole('heading', { level: 1, name: `${lost} bewerken` }).waitFor({ timeout: 30_000 });
      await expect.poll(() => nameConflict(page).count(), { timeout: 30_000 }).toBe(0);
    }
  });

  it('refuses to save a method over a version another member saved meanwhile, and lets the editor load it or save anyway', { timeout: 180_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    for (const page of [anna.page, bram.page]) await openMethod(page);
    const name = (page: Page) => page.getByRole('textbox', { name: /^Naam/ });
    const save = (page: Page) => page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    // The version this file's earlier tests left on the board.
    const start = Number(/U bewerkt versie (\d+)\./.exec((await anna.page.locator('main').textContent())!)![1]);
    /** One member saves `title` as version `start + n`; the other's open form is headed with it. */
    const saves = async (by: Page, title: string, n: number, other: Page) => {
      await name(by).fill(title);
      await save(by);
      await by.getByText(`Versie ${start + n} opgeslagen.`).waitFor();
      await other.getByRole('heading', { level: 1, name: `${title} bewerken` }).waitFor({ timeout: 30_000 });
    };

    // Bram starts typing; Anna saves the next version meanwhile.
    await name(bram.page).fill('Methode van Bram');
    await saves(anna.page, 'Methode van Anna', 1, bram.page);

    await save(bram.page);
    const refused = bram.page.getByRole('alert').filter({ hasText: `Een ander lid heeft intussen versie ${start + 1} opgeslagen.` });
    await refused.waitFor();
    expect(await name(bram.page).inputValue()).toBe('Methode van Bram');
    expect(await axeViolations(bram.page)).toEqual([]);

    await refused.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect.poll(() => name(bram.page).inputValue()).toBe('Methode van Anna');
    await saves(bram.page, 'Methode van Bram', 2, anna.page);
    // Anna typed nothing since her save: her form shows Bram's version.
    await expect.poll(() => name(anna.page).inputValue(), { timeout: 15_000 }).toBe('Methode van Bram');

    // Both type again; Anna saves first, and Bram keeps his by saving anyway.
    await name(bram.page).fill('Methode van Bram, herzien');
    await saves(anna.page, 'Methode van Anna, herzien', 3, bram.page);
    await save(bram.page);
    await bram.page.getByRole('alert').getByRole('button', { name: 'Toch opslaan als nieuwe versie' }).click();
    await bram.page.getByText(`Versie ${start + 4} opgeslagen.`).waitFor();
    await anna.page.getByRole('heading', { level: 1, name: 'Methode van Bram, herzien bewerken' }).waitFor({ timeout: 30_000 });

    // Bram leaves a typed name as a draft; when he comes back after Anna's next version, it is still his edit of the one before.
    await name(bram.page).fill('Methode van Bram, na een pauze');
    await bram.page.getByText('Concept bewaard').waitFor();
    await bram.page.getByRole('link', { name: 'Instellingen' }).click();
    await name(anna.page).fill('Methode van Anna, intussen');
    await save(anna.page);
    await anna.page.getByText(`Versie ${start + 5} opgeslagen.`).waitFor();
    await openMethod(bram.page);
    await bram.page.getByRole('heading', { level: 1, name: 'Methode van Anna, intussen bewerken' }).waitFor({ timeout: 30_000 });
    await bram.page.getByText('Uw eerdere, nog niet opgeslagen invoer is teruggezet.').waitFor();
    expect(await name(bram.page).inputValue()).toBe('Methode van Bram, na een pauze');
    await save(bram.page);
    await bram.page.getByRole('alert').filter({ hasText: `Een ander lid heeft intussen versie ${start + 5} opgeslagen.` }).waitFor();
    expect(await name(bram.page).inputValue()).toBe('Methode van Bram, na een pauze');
  });

  it('keeps the advice of a case that both members started offline as two versions, the other numbered after the kept one', { timeout: 240_000 }, async () => {
    const [anna, bram] = [await member(), await member()];
    await registerCase(anna.page, { title: 'Parkeersensoren', question: 'Mag dit?', owner: 'P. de Boer' });
    await openCase(bram.page, 'Parkeersensoren');
    await openCase(anna.page, 'Parkeersensoren');
    const summary = (page: Page) => adviceSection(page, 'Korte beschrijving van het onderwerp');
    const texts = ['Anna: alleen overdag.', 'Bram: niet bij de school.'] as const;

    // The advice page is opened online: the test's browser loads the page's code over the network, as the desktop app does not.
    for (const page of [anna.page, bram.page]) {
      await page.getByRole('link', { name: 'Advies', exact: true }).click();
      await page.getByRole('button', { name: 'Advies opstellen' }).waitFor();
    }
    await Promise.all([anna.page.context().setOffline(true), bram.page.context().setOffline(true)]);
    for (const [page, text] of [[anna.page, texts[0]], [bram.page, texts[1]]] as const) {
      await page.getByRole('button', { name: 'Advies opstellen' }).click();
      await summary(page).click();
      await page.keyboard.type(text);
      await adviceSaved(page);
    }
    await Promise.all([anna.page.context().setOffline(false), bram.page.context().setOffline(false)]);
    await Promise.all([untilConnected(anna.page, 30_000), untilConnected(bram.page, 30_000)]);

    const versionRows = (page: Page) => page.getByRole('region', { name: 'Versies' }).locator('tbody tr');
    for (const page of [anna.page, bram.page]) {
      await expect
        .poll(
          async () => {
            await openCase(page, 'Parkeersensoren');
            await page.getByRole('link', { name: 'Advies', exact: true }).click();
            await page.getByRole('heading', { level: 1, name: /^Advies/ }).waitFor();
            return versionRows(page).count();
          },
          { timeout: 30_000 },
        )
        .toBe(2);
      // The latest is shown to edit further: one member's text; the other's is version 1, one link away, to read.
      const latest = await textWithoutCarets(summary(page));
      expect(texts).toContain(latest);
      await page.getByRole('link', { name: 'Toon versie 1' }).click();
      await page.getByText(texts.find((text) => text !== latest)!, { exact: true }).waitFor();
    }
    expect(await axeViolations(bram.page)).toEqual([]);
  });
});

