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
  return [
    toResult('adviceOpenIssued', issued, 'ms'),
    toResult('adviceOpenDraft', draft, 'ms'),
    toResult('adviceDraftAllEditable', allEditable, 'ms'),
    toResult('adviceCompare', compare, 'ms'),
  ];
}
