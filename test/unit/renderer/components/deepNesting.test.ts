// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../../renderer/components/richText/sanitizePastedHtml';
import { hostilePastes } from '../../../fixtures/hostile-paste/corpus';
import { dangers, pasteInto, textOf, walk } from './pasteChecks';

const { html, survives } = hostilePastes.find(({ name }) => name === 'deep-nesting')!;
// jsdom checks every insertion against all ancestors, so 5000 levels take seconds to parse; Chromium takes milliseconds.
const timeout = 60_000;

describe('5000 nested divs', () => {
  it('sanitize to their text without a stack overflow', () => {
    const clean = sanitizePastedHtml(html).html;
    expect(dangers(clean)).toEqual([]);
    for (const words of survives) expect(textOf(clean)).toContain(words);
  }, timeout);

  it.each(['description', 'notes'] as const)('paste into a %s editor with their text', (preset) => {
    const { text, hrefs } = walk(pasteInto(preset, html));
    expect(hrefs).toEqual([]);
    for (const words of survives) expect(text).toContain(words);
  }, timeout);
});
