import type { Page } from 'playwright-core';
import { timeInteraction } from './measure';
import { toResult, type BenchResult } from './results';

/**
 * Opening a ~30-page advice with five versions (newest issued: read view;
 * newest draft: editors) and comparing two of its versions, by navigating the
 * way a user does and timing until the next paint.
 */
export async function benchAdvice(page: Page, bundle: string, url: string, runs: number): Promise<BenchResult[]> {
  await page.evaluate(bundle);
  const { issuedCaseId, draftCaseId } = await page.evaluate<{ issuedCaseId: string; draftCaseId: string }>(
    `window.beraadBench.seedAdvice()`,
  );
  const issued: number[] = [];
  const draft: number[] = [];
  const allEditable: number[] = [];
  const compare: number[] = [];
  // A light page to start from: leaving the case list early would time its background read of every case too.
  const home = async () => {
    await page.goto(`${url}#/personen`);
    await page.locator('main h1').waitFor();
  };
  for (let run = 0; run < runs; run++) {
    await home();
    issued.push(
      await timeInteraction(page, `location.hash = '#/casussen/${issuedCaseId}/advies';`, '.advice-read .advice-recommendations li'),
    );
    await home();
    draft.push(
      await timeInteraction(page, `location.hash = '#/casussen/${draftCaseId}/advies';`, '.advice-recommendations .rich-text'),
    );
    await home();
    // Editors replace the painted text one by one when the browser is idle; this is when the last one is live.
    allEditable.push(
      await timeInteraction(
        page,
        `location.hash = '#/casussen/${draftCaseId}/advies';`,
        '.advice-editor:not(:has(.rich-text--pending)) .advice-recommendations .ProseMirror',
      ),
    );
    await home();
    compare.push(
      await timeInteraction(
        page,
        `location.hash = '#/casussen/${issuedCaseId}/advies/vergelijk?links=4&rechts=5';`,
        '.advice-compare__changed',
      ),
    );
  }
  const { reviewFirst, reviewRepeat } = await benchReviewOpen(page, url, issuedCaseId, runs);
  return [
    toResult('reviewOpenFirst', reviewFirst, 'ms'),
    toResult('reviewOpenRepeat', reviewRepeat, 'ms'),
    toResult('adviceOpenIssued', issued, 'ms'),
    toResult('adviceOpenDraft', draft, 'ms'),
    toResult('adviceDraftAllEditable', allEditable, 'ms'),
    toResult('adviceCompare', compare, 'ms'),
  ];
}

const publicExport = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Openbare versie (.docx)').click();`;
const reviewShown = '.publication-review .publication-review__items li';

/**
 * The review before publication of the issued 30-page advice, from the click
 * on its public export until the review shows its items: the first time in a
 * session (the filter's code and the Dutch word list not loaded yet, the
 * advice page opened a moment before, as a person clicks on arrival) and
 * again after cancelling it.
 */
async function benchReviewOpen(page: Page, url: string, caseId: string, runs: number): Promise<{ reviewFirst: number[]; reviewRepeat: number[] }> {
  const reviewFirst: number[] = [];
  const reviewRepeat: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A new session, settled: the start's own background work is not the review's.
    await page.goto('about:blank');
    await page.goto(`${url}#/personen`);
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(3000);
    await page.evaluate(`location.hash = '#/casussen/${caseId}/advies'`);
    await page.locator('.advice-read .advice-recommendations li').first().waitFor();
    reviewFirst.push(await timeInteraction(page, publicExport, reviewShown));
    await page.locator('.publication-review').getByRole('button', { name: 'Annuleren' }).click();
    reviewRepeat.push(await timeInteraction(page, publicExport, reviewShown));
  }
  return { reviewFirst, reviewRepeat };
}
