import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { adviceSaved, adviceSection } from '../support/advice';
import { planMeeting, registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';
import { createAccountSession } from '../../support/accounts';
import { connect, memberMachine, textWithoutCarets, untilConnected, useBoardServer } from './steps';

const session = useBrowserSession();
const board = useBoardServer(session);
const member = () => memberMachine(session, board.server, board.secretary);

const notes = (page: Page) => page.getByRole('textbox', { name: /^Aantekeningen bij/ });
const notesText = (page: Page) => textWithoutCarets(notes(page));

async function openMeetingMode(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Vergaderingen' }).click();
  await page.getByRole('link', { name: title }).click({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Vergadermodus' }).click();
}

type Where = 'start' | 'end';

/** Puts the caret at the start or the end of a text, and waits until the editor has read where the browser moved it (on the next selection event). */
async function placeCaret(page: Page, editor: Locator, where: Where): Promise<void> {
  await editor.click();
  await page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Types at the start or the end of a text. */
async function typeAt(page: Page, editor: Locator, where: Where, text: string): Promise<void> {
  await placeCaret(page, editor, where);
  await page.keyboard.type(text, { delay: 15 });
}
const typeAtEnd = (page: Page, text: string) => typeAt(page, notes(page), 'end', text);

/**
 * Two people typing in one text at once, each with the caret placed first. They
 * type at different places: at one place their letters would interleave, as
 * they would on paper.
 */
async function typeTogether(...typists: [page: Page, editor: Locator, where: Where, text: string][]): Promise<void> {
  for (const [page, editor, where] of typists) await placeCaret(page, editor, where);
  await Promise.all(typists.map(([page, , , text]) => page.keyboard.type(text, { delay: 15 })));
}

describe('co-editing in board mode', () => {
  it('lets two members type in one note at once: each sees the other’s text and cursor, also after working offline', async () => {
    const anna = await member();
    const bram = await member();
    await registerCase(anna.page, { title: 'Camera’s bij de ingang', question: 'Mag dit?', owner: 'P. de Boer' });
    await planMeeting(anna.page, 'Vergadering gedeeld', ['ingang']);
    await anna.page.getByRole('link', { name: 'Vergadermodus' }).click();
    await openMeetingMode(bram.page, 'Vergadering gedeeld');

    await notes(anna.page).click();
    await anna.page.keyboard.type('Anna begint.');
    await expect.poll(() => notesText(bram.page), { timeout: 15_000 }).toBe('Anna begint.');

    await typeTogether([anna.page, notes(anna.page), 'start', 'Anna over privacy. '], [bram.page, notes(bram.page), 'end', ' Bram over veiligheid.']);
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => notesText(page), { timeout: 15_000 }).toMatch(/Anna over privacy\./);
      await expect.poll(() => notesText(page), { timeout: 15_000 }).toMatch(/Bram over veiligheid\./);
    }
    // Both end with one text: the last keystrokes may still be on their way, so asked until they are.
    await expect.poll(async () => (await notesText(anna.page)) === (await notesText(bram.page)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => anna.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 15_000 }).toEqual([bram.account.name]);
    expect(await axeViolations(anna.page)).toEqual([]);

    await bram.page.context().setOffline(true);
    await typeAtEnd(bram.page, ' Bram offline.');
    await typeAtEnd(anna.page, ' Anna online.');
    await bram.page.context().setOffline(false);
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => notesText(page), { timeout: 30_000 }).toMatch(/Bram offline\./);
      await expect.poll(() => notesText(page), { timeout: 30_000 }).toMatch(/Anna online\./);
    }

    // What everyone sees on the case comes from the saved note, after a reload too.
    await anna.page.locator('.meeting-mode__header [data-save-status="saved"]').waitFor();
    const merged = await notesText(anna.page);
    await anna.page.reload();
    await expect.poll(() => notesText(anna.page), { timeout: 15_000 }).toBe(merged);
  });

  it('shows who else has the case open, and lets both type in its description', async () => {
    const anna = await member();
    const bram = await member();
    await registerCase(anna.page, { title: 'Geluidssensoren op het plein', question: 'Mag dit?', owner: 'P. de Boer', description: 'Begin.' });
    await bram.page.getByRole('link', { name: 'Geluidssensoren op het plein' }).click({ timeout: 15_000 });
    const presence = (page: Page) => page.locator('[data-case-presence]');
    await expect.poll(() => presence(anna.page).textContent(), { timeout: 15_000 }).toBe(`Ook in deze casus: ${bram.account.name}`);
    await expect.poll(() => presence(bram.page).textContent(), { timeout: 15_000 }).toBe(`Ook in deze casus: ${anna.account.name}`);

    const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });
    const descriptionText = (page: Page) => textWithoutCarets(description(page));
    await expect.poll(() => descriptionText(bram.page), { timeout: 15_000 }).toBe('Begin.');
    await typeTogether([anna.page, description(anna.page), 'start', 'Anna. '], [bram.page, description(bram.page), 'end', ' Bram.']);
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => descriptionText(page), { timeout: 15_000 }).toMatch(/Anna\./);
      await expect.poll(() => descriptionText(page), { timeout: 15_000 }).toMatch(/Bram\./);
    }
    expect(await axeViolations(bram.page)).toEqual([]);

    await bram.page.getByRole('link', { name: 'Casussen' }).click();
    await expect.poll(() => presence(anna.page).count(), { timeout: 15_000 }).toBe(0);
  });

  it('keeps where an arrow key moved the caret when another member’s letters arrive before the page reports it', async () => {
    const anna = await member();
    const bram = await member();
    await registerCase(anna.page, { title: 'Deurbelcamera’s bij de balie', question: 'Mag dit?', owner: 'P. de Boer', description: 'Begin einde.' });
    await bram.page.getByRole('link', { name: 'Deurbelcamera’s bij de balie' }).click({ timeout: 15_000 });
    const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });
    const descriptionText = (page: Page) => textWithoutCarets(description(page));
    await expect.poll(() => descriptionText(bram.page), { timeout: 15_000 }).toBe('Begin einde.');
    await placeCaret(anna.page, description(anna.page), 'start');
    await placeCaret(bram.page, description(bram.page), 'end');

    // Bram's arrow key is held up while Anna types, so her letters are in before the page's selection event.
    await bram.page.evaluate(() => {
      const hold = (event: KeyboardEvent) => {
        if (event.key !== 'ArrowLeft') return;
        window.removeEventListener('keydown', hold, true);
        const until = performance.now() + 600;
        while (performance.now() < until);
      };
      window.addEventListener('keydown', hold, true);
    });
    const annaTypes = anna.page.keyboard.type('Anna typt hier intussen een hele zin. ', { delay: 20 });
    await expect.poll(() => descriptionText(bram.page), { timeout: 15_000 }).toMatch(/^Anna/);
    await bram.page.keyboard.press('ArrowLeft');
    await annaTypes;
    await expect.poll(() => descriptionText(bram.page), { timeout: 15_000 }).toBe('Anna typt hier intussen een hele zin. Begin einde.');
    await bram.page.keyboard.type('X');
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => descriptionText(page), { timeout: 15_000 }).toBe('Anna typt hier intussen een hele zin. Begin eindeX.');
    }
  });

  it('shows a guest invited to a case the cursor of a member typing in its description, named, and the member the guest’s', { timeout: 120_000 }, async () => {
    const anna = await member();
    await registerCase(anna.page, { title: 'Wifi-tellingen in de bibliotheek', question: 'Mag dit?', owner: 'P. de Boer', description: 'Begin.' });
    const caseId = /casussen\/([^/?#]+)/.exec(anna.page.url())![1]!;
    const { account: guest } = await createAccountSession(board.server.httpUrl, board.secretary, { role: 'gast', name: 'Gijs Gast', caseIds: [caseId] });
    const gijs = await session.newProfile().open();
    await connect(gijs, board.server.url, { method: 'login', email: guest.email });
    await untilConnected(gijs);
    await gijs.getByRole('link', { name: 'Casussen' }).click();
    await gijs.getByRole('link', { name: 'Wifi-tellingen in de bibliotheek' }).click({ timeout: 15_000 });

    const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });
    const carets = (page: Page) => page.locator('.collaboration-carets__label').allTextContents();
    await expect.poll(() => textWithoutCarets(description(gijs)), { timeout: 15_000 }).toBe('Begin.');
    // The guest only reads the case, but where they read is shown as anyone's cursor is.
    await description(gijs).click();
    await typeAt(anna.page, description(anna.page), 'end', ' Anna typt verder.');
    await expect.poll(() => textWithoutCarets(description(gijs)), { timeout: 15_000 }).toBe('Begin. Anna typt verder.');
    await expect.poll(() => carets(gijs), { timeout: 15_000 }).toEqual([anna.account.name]);
    await expect.poll(() => carets(anna.page), { timeout: 15_000 }).toEqual([guest.name]);
    expect(await axeViolations(gijs)).toEqual([]);
  });

  it('lets two members draft one advice section and one recommendation together', { timeout: 120_000 }, async () => {
    const anna = await member();
    const bram = await member();
    await registerCase(anna.page, { title: 'Slimme lantaarnpalen', question: 'Mag dit?', owner: 'P. de Boer' });
    await anna.page.getByRole('link', { name: 'Advies', exact: true }).click();
    await anna.page.getByRole('button', { name: 'Advies opstellen' }).click();
    await typeAt(anna.page, adviceSection(anna.page, 'Korte beschrijving van het onderwerp'), 'end', 'Lantaarnpalen met sensoren.');
    await adviceSaved(anna.page);

    await bram.page.getByRole('link', { name: 'Slimme lantaarnpalen' }).click({ timeout: 15_000 });
    await bram.page.getByRole('link', { name: 'Advies', exact: true }).click();
    const summary = (page: Page) => textWithoutCarets(adviceSection(page, 'Korte beschrijving van het onderwerp'));
    await expect.poll(() => summary(bram.page), { timeout: 15_000 }).toBe('Lantaarnpalen met sensoren.');
    await typeTogether(
      [anna.page, adviceSection(anna.page, 'Korte beschrijving van het onderwerp'), 'start', 'Anna: licht. '],
      [bram.page, adviceSection(bram.page, 'Korte beschrijving van het onderwerp'), 'end', ' Bram: geluid.'],
    );
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => summary(page), { timeout: 15_000 }).toMatch(/Anna: licht\./);
      await expect.poll(() => summary(page), { timeout: 15_000 }).toMatch(/Bram: geluid\./);
    }

    // A recommendation is one shared text too: both type in it, and neither's words are lost.
    await anna.page.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
    const recommendation = (page: Page) => page.getByRole('textbox', { name: 'Aanbeveling 1' });
    await typeAt(anna.page, recommendation(anna.page), 'end', 'Meet alleen geluid.');
    await adviceSaved(anna.page);
    await expect.poll(() => textWithoutCarets(recommendation(bram.page)), { timeout: 30_000 }).toBe('Meet alleen geluid.');
    await typeTogether([anna.page, recommendation(anna.page), 'start', 'Anna: overdag. '], [bram.page, recommendation(bram.page), 'end', ' Bram: evalueer na een jaar.']);
    for (const page of [anna.page, bram.page]) {
      await expect.poll(() => textWithoutCarets(recommendation(page)), { timeout: 15_000 }).toBe('Anna: overdag. Meet alleen geluid. Bram: evalueer na een jaar.');
    }
    // The other member's next save keeps it, and so does the stored record.
    await typeAt(bram.page, adviceSection(bram.page, 'Korte beschrijving van het onderwerp'), 'end', ' En licht.');
    await adviceSaved(bram.page);
    await expect.poll(() => summary(anna.page), { timeout: 15_000 }).toMatch(/En licht\.$/);
    await anna.page.reload();
    await expect.poll(() => textWithoutCarets(recommendation(anna.page)), { timeout: 15_000 }).toBe('Anna: overdag. Meet alleen geluid. Bram: evalueer na een jaar.');
    expect(await axeViolations(bram.page)).toEqual([]);
  });

  it('lets members follow the chair from agenda item to agenda item in meeting mode', async () => {
    const anna = await member();
    const bram = await member();
    await registerCase(anna.page, { title: 'Parkeersensoren in de wijk', question: 'Mag dit?', owner: 'P. de Boer' });
    await anna.page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(anna.page, { title: 'Afvalcontainers met weegsysteem', question: 'Mag dit?', owner: 'P. de Boer' });
    await planMeeting(anna.page, 'Vergadering met voorzitter', ['Parkeersensoren', 'Afvalcontainers']);
    await anna.page.getByRole('link', { name: 'Vergadermodus' }).click();
    await openMeetingMode(bram.page, 'Vergadering met voorzitter');
    const itemHeading = (page: Page) => page.locator('.meeting-mode__header h1');

    await anna.page.getByLabel('Anderen volgen mijn agendapunt').check();
    await bram.page.getByLabel(`Volg ${anna.account.name}`).check({ timeout: 15_000 });
    await anna.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => itemHeading(anna.page).textContent()).toMatch(/Afvalcontainers met weegsysteem/);
    await expect.poll(() => itemHeading(bram.page).textContent(), { timeout: 15_000 }).toMatch(/Afvalcontainers met weegsysteem/);
    expect(await axeViolations(bram.page)).toEqual([]);

    await bram.page.getByLabel(`Volg ${anna.account.name}`).uncheck();
    await anna.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => itemHeading(anna.page).textContent()).toMatch(/Parkeersensoren in de wijk/);
    await bram.page.waitForTimeout(1000);
    expect(await itemHeading(bram.page).textContent()).toMatch(/Afvalcontainers met weegsysteem/);
  });
});

