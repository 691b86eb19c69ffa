import type { Page } from 'playwright-core';
import { Profile } from '../e2e/support/browser';
import { registerCase } from '../e2e/support/app';
import { timeKeystrokes } from './keystrokes';
import { toResult, typingResults, type BenchResult } from './results';

/*
 * Hostile pastes into a case description, in the app as a user meets it (its
 * autosave included): a tree of 100,000 nested elements, and 5 MB of
 * paragraphs followed by typing. Each run pastes into a new case, in a profile
 * of its own, so the other benchmarks never load these documents.
 * The markup is built inside the page: sending megabytes over the DevTools
 * protocol would be timed as well.
 */
const nestedLevels = 100_000;
const largeBytes = 5 * 1024 * 1024;
const editorSelector = '.description .ProseMirror';

/** Source text of an expression that builds the paste: every level holds a word, so there is text at every depth. */
const nestedHtml = `'<div>niveau '.repeat(${nestedLevels}) + '</div>'.repeat(${nestedLevels})`;
/** About 5 MB of ordinary paragraphs, as a long report copied from a browser. */
const largeHtml = `(() => {
  const paragraph = '<p>Het adviesorgaan weegt de belangen van inwoners, toezichthouders en de gemeente tegen elkaar af.</p>';
  return paragraph.repeat(Math.ceil(${largeBytes} / paragraph.length));
})()`;

/**
 * Pastes as the clipboard delivers it, then types one character: the time from
 * the paste until that character is on screen after the pasted text is when
 * the user has the editor back. The key waits in the browser's queue while the
 * page is busy, so whatever the paste sets off afterwards is in it too.
 */
async function pasteUntilInteractive(page: Page, html: string): Promise<number> {
  const start = await page.evaluate<number>(`(() => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', ${html});
    const editor = document.querySelector(${JSON.stringify(editorSelector)});
    const start = performance.now();
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    return start;
  })()`);
  await page.keyboard.type('x');
  // Polled by frame inside the page: waitForFunction would evaluate a string, which the app's CSP refuses.
  const end = await page.evaluate<number>(`new Promise((resolve) => {
    const editor = document.querySelector(${JSON.stringify(editorSelector)});
    const check = () =>
      editor.lastElementChild.textContent.endsWith('x')
        ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
        : requestAnimationFrame(check);
    check();
  })`);
  return end - start;
}

/** Input-to-paint of each keystroke while typing at a brisk pace, as run.ts measures the meeting notes. */
async function typingLatencies(page: Page): Promise<number[]> {
  const timed = await timeKeystrokes(page);
  await page.keyboard.type('Het adviesorgaan adviseert de proef te beperken tot zes maanden en dan te evalueren. ', { delay: 60 });
  await page.waitForTimeout(500);
  return timed.keystrokes();
}

async function newCase(page: Page, baseUrl: string, run: number): Promise<void> {
  await page.goto(`${baseUrl}#/`);
  await page.locator('main').waitFor();
  // Registering opens the new case's page.
  await registerCase(page, { title: `Geplakt verslag ${run + 1}`, question: 'Blijft de editor bruikbaar?', owner: 'P. Plak' });
  await page.locator(editorSelector).click();
}

export async function benchPaste(baseUrl: string, runs: number): Promise<BenchResult[]> {
  const profile = new Profile(baseUrl);
  try {
    const page = await profile.open();
    page.context().setDefaultTimeout(120_000);
    const nested: number[] = [];
    for (let run = 0; run < runs; run++) {
      await newCase(page, baseUrl, run);
      nested.push(await pasteUntilInteractive(page, nestedHtml));
    }
    await newCase(page, baseUrl, runs);
    const largeInteractive = await pasteUntilInteractive(page, largeHtml);
    const keystrokes = await typingLatencies(page);
    return [
      toResult('pasteNested100kInteractive', nested, 'ms'),
      toResult('paste5MbInteractive', [largeInteractive], 'ms'),
      ...typingResults('typingAfterPaste', keystrokes),
    ];
  } finally {
    await profile.close();
    profile.dispose();
  }
}
