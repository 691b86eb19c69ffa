import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from '../support/axe';

/** What the focused element is called: a control's label, or a button's or link's text. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the focused control is called `name`; fails when it never comes. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(`Tab bereikte ${String(name)} niet`);
}

/** The question on screen, as its legend reads. */
export const question = (page: Page) => page.locator('.screening-question__text').innerText();

/**
 * Answers the question on screen by keyboard, axe clean first: Tab into the
 * options, arrows to a radio (Space when it is the first), Space on each
 * checkbox to choose; then Tab to the button that goes on and Enter.
 */
export async function answer(page: Page, expectedQuestion: RegExp, choices: string[], goOn = true): Promise<void> {
  await expect.poll(() => question(page)).toMatch(expectedQuestion);
  expect(await axeViolations(page)).toEqual([]);
  const multiple = (await page.locator('.screening-question input[type="checkbox"]').count()) > 0;
  await page.keyboard.press('Tab');
  if (multiple) {
    for (let press = 0; press < 12 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'checkbox')); press++) {
      if (choices.includes(await focusedName(page))) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    for (let press = 0; press < 12 && (await focusedName(page)) !== choices[0]; press++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  }
  if (goOn) {
    await tabTo(page, /^(Volgende vraag|Naar de uitkomst)$/);
    await page.keyboard.press('Enter');
  }
}
