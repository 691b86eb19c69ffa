import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostilePastes } from '../../fixtures/hostile-paste/corpus';
import { axeViolations } from '../support/axe';
import { Profile } from '../support/browser';
import { useEditorHarness } from './harness';

const harness = useEditorHarness();
// One browser for the file: the harness keeps nothing between loads, so a fresh page load is a fresh editor.
let profile: Profile;
let browserPage: Page;
beforeAll(async () => {
  profile = new Profile(harness.url());
  browserPage = await profile.open();
});
afterAll(async () => {
  await profile.close();
  profile.dispose();
});

async function open(preset: 'notes' | 'description' = 'notes'): Promise<Page> {
  await browserPage.goto(harness.url(preset));
  await browserPage.locator('main').waitFor();
  return browserPage;
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Opmaak' });
const button = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });
const textbox = (page: Page) => page.getByRole('textbox', { name: 'Notities' });
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);
const doc = (page: Page) => page.evaluate(() => JSON.stringify(window.harness.doc));
// The toolbar re-renders after the editor's transaction, so its attributes are polled.
const attribute = (page: Page, name: string, attr: string) => expect.poll(() => button(page, name).getAttribute(attr));
/** Focus and Enter: Playwright will not click an aria-disabled button, and keyboard users press it this way anyway. */
async function press(page: Page, name: string) {
  await button(page, name).focus();
  await page.keyboard.press('Enter');
}

const notesButtons = [
  'Vet', 'Cursief', 'Onderstrepen', 'Doorhalen', 'Kop 2', 'Kop 3', 'Opsomming', 'Nummering', 'Takenlijst', 'Citaat', 'Link',
  'Tabel invoegen', 'Rij toevoegen', 'Rij verwijderen', 'Kolom toevoegen', 'Kolom verwijderen', 'Tabel verwijderen',
];

describe('the notes toolbar', () => {
  it('is one Tab stop whose buttons arrow keys, Home and End reach', async () => {
    const page = await open();
    expect(await toolbar(page).getByRole('button').allTextContents()).toEqual(notesButtons);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Vet');
    const reached = ['Vet'];
    for (let i = 1; i < notesButtons.length; i++) {
      await page.keyboard.press('ArrowRight');
      reached.push((await focusedLabel(page))!);
    }
    expect(reached).toEqual(notesButtons);
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe('Vet');
    await page.keyboard.press('End');
    expect(await focusedLabel(page)).toBe('Tabel verwijderen');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel(page)).toBe('Tabel verwijderen');
    expect(await toolbar(page).locator('button[tabindex="0"]').count()).toBe(1);

    // Tab leaves the toolbar for the text, and Shift+Tab returns to the button last used.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel(page)).toBe('Tabel verwijderen');
  });

  it('formats from the keyboard and reports toggles with aria-pressed', async () => {
    const page = await open();
    await textbox(page).click();
    await page.keyboard.type('Besluit');
    await page.keyboard.press('Shift+Home');
    expect(await button(page, 'Vet').getAttribute('aria-pressed')).toBe('false');
    await press(page, 'Vet');
    await attribute(page, 'Vet', 'aria-pressed').toBe('true');
    expect(await doc(page)).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Besluit"}');
    await button(page, 'Kop 2').click();
    await attribute(page, 'Kop 2', 'aria-pressed').toBe('true');
    expect(await doc(page)).toContain('"type":"heading","attrs":{"level":2}');
    expect(await button(page, 'Tabel invoegen').getAttribute('aria-pressed')).toBeNull();
  });

  it('inserts a table with a header row and adds and removes rows and columns in it', async () => {
    const page = await open();
    const tableButtons = ['Rij toevoegen', 'Rij verwijderen', 'Kolom toevoegen', 'Kolom verwijderen', 'Tabel verwijderen'];
    await textbox(page).click();
    for (const name of tableButtons) expect(await button(page, name).getAttribute('aria-disabled'), name).toBe('true');
    await press(page, 'Rij toevoegen');
    expect(await textbox(page).locator('table').count()).toBe(0);

    await button(page, 'Tabel invoegen').click();
    const table = textbox(page).locator('table');
    expect(await table.locator('tr').count()).toBe(3);
    expect(await table.locator('tr').first().locator('th').count()).toBe(3);
    await attribute(page, 'Tabel invoegen', 'aria-disabled').toBe('true');
    for (const name of tableButtons) expect(await button(page, name).getAttribute('aria-disabled'), name).toBeNull();

    await page.keyboard.type('Wie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wat');
    // Both land after the cursor's cell: a new second row and a new third column.
    await button(page, 'Rij toevoegen').click();
    await button(page, 'Kolom toevoegen').click();
    expect(await table.locator('tr').count()).toBe(4);
    expect(await table.locator('tr').first().locator('th').allTextContents()).toEqual(['Wie', 'Wat', '', '']);
    await table.locator('tr').nth(1).locator('td').nth(2).click();
    await button(page, 'Rij verwijderen').click();
    await table.locator('th').nth(2).click();
    await button(page, 'Kolom verwijderen').click();
    expect(await table.locator('tr').count()).toBe(3);
    expect(await table.locator('tr').first().locator('th').count()).toBe(3);
    expect(await table.locator('th').allTextContents()).toEqual(['Wie', 'Wat', '']);
    expect(await doc(page)).toContain('"type":"tableHeader"');

    await button(page, 'Tabel verwijderen').click();
    expect(await table.count()).toBe(0);
    expect(await doc(page)).not.toContain('"type":"table"');
  });

  it('keeps Tab able to leave a table from its last cell', async () => {
    const page = await open();
    await textbox(page).click();
    await button(page, 'Tabel invoegen').click();
    // The editor takes the focus back in the next frame; a Tab before it would move from the button instead.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Opslaan');
    expect(await textbox(page).locator('tr').count()).toBe(3);
  });

  it('makes nested task lists whose checkboxes are named after their task', async () => {
    const page = await open();
    await textbox(page).click();
    await button(page, 'Takenlijst').click();
    await attribute(page, 'Takenlijst', 'aria-pressed').toBe('true');
    await page.keyboard.type('Agenda rondsturen');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Zaal reserveren');
    const checkbox = page.getByRole('checkbox', { name: 'Taak afgerond: Zaal reserveren' });
    await checkbox.click();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await expect.poll(() => doc(page)).toContain('"checked":true');
    const stored = JSON.parse(await doc(page)) as { content: unknown[] };
    expect(stored.content[0]).toMatchObject({
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: false },
          content: [
            { type: 'paragraph', content: [{ text: 'Agenda rondsturen' }] },
            { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ text: 'Zaal reserveren' }] }] }] },
          ],
        },
      ],
    });
  });
});

describe('the link button', () => {
  it('asks for an address inline, refuses anything but https in Dutch, and never submits the form', async () => {
    const page = await open();
    await textbox(page).click();
    await page.keyboard.type('Zie het kader');
    await page.keyboard.press('Shift+Home');
    await button(page, 'Link').click();
    expect(await button(page, 'Link').getAttribute('aria-expanded')).toBe('true');
    const address = page.getByRole('textbox', { name: 'Webadres' });
    expect(await address.evaluate((input) => input === document.activeElement)).toBe(true);

    for (const refused of ['javascript:alert(1)', 'http://www.gemeente.example', 'mailto:secretaris@gemeente.example', 'data:text/html,x']) {
      await address.fill(refused);
      await page.keyboard.press('Enter');
      expect(await page.getByRole('alert').textContent(), refused).toBe(
        'Dit adres kan niet worden gebruikt. Alleen webadressen die beginnen met https:// zijn toegestaan.',
      );
      expect(await address.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await doc(page)).not.toContain('"link"');

    await address.fill('www.gemeente.example/kader');
    await page.keyboard.press('Enter');
    expect(await address.count()).toBe(0);
    expect(await doc(page)).toContain('{"type":"link","attrs":{"href":"https://www.gemeente.example/kader"');
    expect(await page.evaluate(() => window.harness.submits)).toBe(0);

    // Inside a link the same button edits or removes it.
    await button(page, 'Link').click();
    expect(await page.getByRole('textbox', { name: 'Webadres' }).inputValue()).toBe('https://www.gemeente.example/kader');
    await page.getByRole('button', { name: 'Link verwijderen' }).click();
    expect(await doc(page)).not.toContain('"link"');
  });

  it('closes on Escape and puts the cursor back in the text', async () => {
    const page = await open();
    await textbox(page).click();
    await button(page, 'Link').click();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('textbox', { name: 'Webadres' }).count()).toBe(0);
    // Focus returns once the form has gone, which a loaded machine may not have drawn yet.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
  });
});

describe('the description toolbar', () => {
  it('offers only what descriptions use', async () => {
    const page = await open('description');
    expect(await toolbar(page).getByRole('button').allTextContents()).toEqual([
      'Vet', 'Cursief', 'Kop 2', 'Kop 3', 'Opsomming', 'Nummering', 'Link',
    ]);
  });
});

describe('the notes editor', () => {
  it('passes axe with a table, a task list and the link form open', async () => {
    const page = await open();
    await textbox(page).click();
    await button(page, 'Takenlijst').click();
    await page.keyboard.type('Actie');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await button(page, 'Tabel invoegen').click();
    await button(page, 'Link').click();
    await page.getByRole('textbox', { name: 'Webadres' }).fill('ftp://x');
    await page.keyboard.press('Enter');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes the hostile corpus, tables included, without running any of it', async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The listener must be able to see a dialog, or its silence below proves nothing.
    await page.evaluate(() => alert('controle'));
    expect(dialogs.splice(0)).toEqual(['controle']);
    await textbox(page).click();
    for (const { html } of hostilePastes) {
      await page.keyboard.press('Control+End');
      await page.evaluate((markup) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/html', markup);
        document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      }, html);
    }
    const text = (await textbox(page).textContent())!.replace(/\s+/g, ' ');
    for (const { survives } of hostilePastes) for (const words of survives) expect(text).toContain(words);
    expect(await textbox(page).locator('table td, table th').allTextContents()).toEqual(expect.arrayContaining(['Grote cel', 'Kleine cel']));
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
