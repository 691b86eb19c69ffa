import type { Page } from 'playwright-core';

/**
 * Tabs through the page and returns the interactive elements Tab never
 * reached. Each element is tagged first so identity survives re-renders.
 * A radio group and a toolbar are one tab stop by design (arrow keys move
 * inside them), so their members count as reached when Tab reached the group.
 */
export async function unreachableByTab(page: Page, maxPresses = 300): Promise<string[]> {
  const total = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    candidates.forEach((el, index) => el.setAttribute('data-kb', String(index)));
    (document.activeElement as HTMLElement | null)?.blur();
    return candidates.length;
  });
  const reached = new Set<string>();
  for (let press = 0; press < maxPresses && reached.size < total; press++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.closest('[data-kb]')?.getAttribute('data-kb') ?? null);
    if (id !== null) reached.add(id);
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kb]')]
        .filter((el) => !seen.includes(el.getAttribute('data-kb')!))
        .filter((el) => {
          const toolbar = el.closest('[role="toolbar"]');
          if (toolbar) return ![...toolbar.querySelectorAll('[data-kb]')].some((member) => seen.includes(member.getAttribute('data-kb')!));
          if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
          const group = document.querySelectorAll<HTMLElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
          return ![...group].some((radio) => seen.includes(radio.getAttribute('data-kb') ?? ''));
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    [...reached],
  );
}
