import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forbiddenElements, hostilePastes } from '../../fixtures/hostile-paste/corpus';
import { registerCase, waitUntilSaved } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const editor = (page: Page) => page.locator('.description .ProseMirror');

/** A paste as the browser delivers it from the clipboard, HTML only. */
function paste(page: Page, html: string) {
  return page.evaluate((markup) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', markup);
    document
      .querySelector('.description .ProseMirror')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, html);
}

/**
 * A paste of markup or text built inside the page from `source`, an expression:
 * megabytes sent over the DevTools protocol would take longer than the paste.
 * Resolves with how long the page was busy handling it.
 */
function pasteGenerated(page: Page, type: 'text/html' | 'text/plain', source: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const clipboardData = new DataTransfer();
    clipboardData.setData(${JSON.stringify(type)}, ${source});
    const start = performance.now();
    document
      .querySelector('.description .ProseMirror')
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    return performance.now() - start;
  })()`);
}

const cutNotice = 'Geplakte tekst is ingekort: alleen het begin is geplakt.';
/** pasteLimits.maxTextChars, and what the editor adds around it (a newline per block at most). */
const maxPastedText = 100_000;

function storedDescription(page: Page, caseId: string) {
  return page.evaluate(
    (id) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('beraad');
        open.onsuccess = () => {
          const request = open.result.transaction('caseDescriptions').objectStore('caseDescriptions').get(id);
          request.onsuccess = () => (open.result.close(), resolve(request.result?.doc));
          request.onerror = () => reject(request.error);
        };
      }),
    caseId,
  );
}

function linkTargets(node: unknown): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const { marks, content } = node as { marks?: { type: string; attrs?: { href?: unknown } }[]; content?: unknown[] };
  const own = (marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href);
  return [...own, ...(content ?? []).flatMap(linkTargets)];
}

/** What in the live editor could run or leave the app. */
function dangersInEditor(page: Page, forbidden: string[]) {
  return editor(page).evaluate((root, tags) => {
    const found: string[] = [];
    // ProseMirror draws its own <img class="ProseMirror-separator"> after a trailing hard break.
    for (const element of root.querySelectorAll('*:not(img.ProseMirror-separator)')) {
      if (tags.includes(element.localName)) found.push(`<${element.localName}>`);
      for (const { name } of element.attributes) if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
      const href = element.getAttribute('href');
      if (href !== null && !href.startsWith('https://')) found.push(`${element.localName}[href=${href}]`);
    }
    return found;
  }, forbidden);
}

describe('pasting hostile HTML into the case description', () => {
  it('runs nothing, keeps only https links, and saves the text', async () => {
    const page = await session.newProfile().open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The listener must be able to see a dialog, or its silence below proves nothing.
    await page.evaluate(() => alert('controle'));
    expect(dialogs.splice(0)).toEqual(['controle']);

    await registerCase(page, { title: 'Geplakte notulen', question: 'Blijft de app veilig?', owner: 'P. Plak' });
    const caseId = page.url().split('/').pop()!;
    await editor(page).click();
    for (const { name, html, survives } of hostilePastes) {
      await page.keyboard.press('Control+End');
      await paste(page, html);
      const text = (await editor(page).textContent())!.replace(/\s+/g, ' ');
      for (const words of survives) expect(text, name).toContain(words);
      expect(await dangersInEditor(page, forbiddenElements), name).toEqual([]);
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    await page.getByRole('heading', { level: 1 }).click();
    await waitUntilSaved(page);
    // An autosave between pastes may already have shown "saved"; the last paste's text in storage settles it.
    await expect.poll(async () => JSON.stringify(await storedDescription(page, caseId))).toContain('Diep geneste tekst');
    expect(linkTargets(await storedDescription(page, caseId))).toEqual(['https://www.gemeente.example/verslag', 'https://www.gemeente.example/kader']);

    await page.reload();
    const reloaded = (await editor(page).textContent())!.replace(/\s+/g, ' ');
    for (const { survives } of hostilePastes) for (const words of survives) expect(reloaded).toContain(words);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('keeps the words of a Word paste, without its list bullets or blank lines', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Verslag uit Word', question: 'Komt het netjes over?', owner: 'W. Woord' });
    await editor(page).click();
    await paste(page, hostilePastes.find(({ name }) => name === 'word')!.html);
    const paragraphs = await editor(page).locator('p').evaluateAll((nodes) => nodes.map((p) => p.textContent!.replace(/\s+/g, ' ').trim()));
    expect(paragraphs).toEqual([
      'Verslag ethische commissie',
      'De commissie bespreekt de inzet van slimme camera’s in de binnenstad.',
      'Privacy van bezoekers',
      'Proportionaliteit',
      'Zie ook het toetsingskader en het concept.',
    ]);
    expect(await editor(page).locator('strong').textContent()).toBe('Verslag ethische commissie');
  });

  it('flattens and cuts a paste of 100,000 nested elements quickly, says so, and stays usable', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Diep genest', question: 'Bevriest de editor?', owner: 'D. Diep' });
    await editor(page).click();
    expect(await page.getByText(cutNotice).count()).toBe(0);
    // Before pastes were bounded this took over a minute and timed the test out.
    const busy = await pasteGenerated(page, 'text/html', `'<div>niveau '.repeat(100000) + '</div>'.repeat(100000)`);
    expect(busy).toBeLessThan(5000);
    await page.getByRole('status').getByText(cutNotice).waitFor();
    const text = (await editor(page).textContent())!;
    expect(text.startsWith('niveau')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(maxPastedText);
    expect(await editor(page).evaluate((root) => root.querySelectorAll('*').length)).toBeLessThan(1000);

    await page.keyboard.type(' Nog bruikbaar.');
    await expect.poll(async () => (await editor(page).textContent())!.endsWith('Nog bruikbaar.')).toBe(true);
    await waitUntilSaved(page);
  });

  it('cuts a 5 MB paste, of markup or of plain text, and says so', async () => {
    const page = await session.newProfile().open();
    await registerCase(page, { title: 'Lang verslag', question: 'Past alles erin?', owner: 'L. Lang' });
    await editor(page).click();
    const paragraph = '<p>Het adviesorgaan weegt de belangen van inwoners, toezichthouders en de gemeente tegen elkaar af.</p>';
    await pasteGenerated(page, 'text/html', `${JSON.stringify(paragraph)}.repeat(${Math.ceil((5 * 1024 * 1024) / paragraph.length)})`);
    await page.getByRole('status').getByText(cutNotice).waitFor();
    const html = (await editor(page).textContent())!;
    expect(html.length).toBeGreaterThan(maxPastedText / 2);
    expect(html.length).toBeLessThanOrEqual(maxPastedText);

    // A paste that fits takes the notice away again.
    await paste(page, '<p>Kort.</p>');
    await expect.poll(() => page.getByText(cutNotice).count()).toBe(0);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await pasteGenerated(page, 'text/plain', `'Het adviesorgaan weegt de belangen.\\n'.repeat(150000)`);
    await page.getByRole('status').getByText(cutNotice).waitFor();
    const plain = (await editor(page).textContent())!;
    expect(plain.length).toBeGreaterThan(maxPastedText / 2);
    expect(plain.length).toBeLessThanOrEqual(maxPastedText);
  });
});
