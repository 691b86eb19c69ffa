import { describe, expect, it } from 'vitest';
import { boundPastedHtml, boundPastedText, pasteLimits } from '../../../../renderer/components/richText/pasteLimits';

const limits = { ...pasteLimits, maxDepth: 3, maxElements: 5, maxHtmlChars: 40, maxTextChars: 10 };

describe('boundPastedHtml', () => {
  it('passes ordinary markup through untouched', () => {
    const html = '<h2>Kop</h2><p>Een <b>vette</b> zin.<br></p>';
    expect(boundPastedHtml(html)).toEqual({ html, cut: false });
  });

  it('leaves out tags nested beyond maxDepth and keeps their text, without calling that a cut', () => {
    expect(boundPastedHtml('<div><div><div><div><b>diep</b></div></div></div></div><p>na</p>', { ...limits, maxElements: 100, maxHtmlChars: 1000 })).toEqual({
      html: '<div><div><div>diep</div></div></div><p>na</p>',
      cut: false,
    });
  });

  it('never joins the text around a left-out tag into a new tag', () => {
    const { html } = boundPastedHtml(`<div><div><div>${'<<b>div>'.repeat(20)}`, { ...limits, maxHtmlChars: 1000 });
    expect(html).toBe(`<div><div><div>${'&lt;div>'.repeat(20)}`);
  });

  it('ends before the start tag that would exceed maxElements', () => {
    expect(boundPastedHtml('<p>een</p><p>twee<br></p><p>drie</p><p>vier</p><p>vijf</p>', { ...limits, maxHtmlChars: 1000 })).toEqual({
      html: '<p>een</p><p>twee<br></p><p>drie</p><p>vier</p>',
      cut: true,
    });
  });

  it('counts start tags wherever they stand, so markup hidden in attributes or comments cannot nest past the count', () => {
    const hidden = '<!-- --!><div title="/>">'.repeat(10);
    const { html, cut } = boundPastedHtml(hidden, { ...limits, maxHtmlChars: 1000 });
    expect(cut).toBe(true);
    expect(html.match(/<div/g)).toHaveLength(limits.maxElements);
  });

  it('ends at maxHtmlChars, never inside a tag', () => {
    expect(boundPastedHtml(`<p>${'a'.repeat(30)}</p><p class="lang">b</p>`, limits)).toEqual({ html: `<p>${'a'.repeat(30)}</p>`, cut: true });
    expect(boundPastedHtml(`<p>${'a'.repeat(60)}</p>`, limits)).toEqual({ html: `<p>${'a'.repeat(37)}`, cut: true });
  });

  it('reads one and a half million unfinished tags in one pass', () => {
    const html = '<a'.repeat(1_500_000);
    // Ends before the last "<": a tag may still have been meant to start there.
    expect(boundPastedHtml(html)).toEqual({ html: html.slice(0, pasteLimits.maxHtmlChars - 2), cut: true });
  });

  it('leaves 100,000 nested elements a hundred deep, their text for the cut after sanitizing', () => {
    const { html } = boundPastedHtml(`${'<div>niveau '.repeat(100_000)}${'</div>'.repeat(100_000)}`);
    expect(html.length).toBeLessThanOrEqual(pasteLimits.maxHtmlChars);
    expect(html.match(/<div>/g)).toHaveLength(pasteLimits.maxDepth);
    expect(html.match(/<\/div>/g)).toHaveLength(pasteLimits.maxDepth);
  });
});

describe('boundPastedText', () => {
  it('passes short text through', () => {
    expect(boundPastedText('een\ntwee')).toEqual({ text: 'een\ntwee', cut: false });
  });

  it('ends after maxTextChars characters', () => {
    expect(boundPastedText('0123456789abc', limits)).toEqual({ text: '0123456789', cut: true });
  });

  it('ends before the line that would exceed maxElements', () => {
    expect(boundPastedText('1\n2\n3\n4\n5\n6\n7', { ...limits, maxTextChars: 100 })).toEqual({ text: '1\n2\n3\n4\n5', cut: true });
  });

  it('never cuts a character in half', () => {
    expect(boundPastedText(`${'a'.repeat(9)}😀b`, limits)).toEqual({ text: 'a'.repeat(9), cut: true });
  });

  it('bounds 5 MB of text', () => {
    const { text, cut } = boundPastedText('Het adviesorgaan weegt de belangen.\n'.repeat(150_000));
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(pasteLimits.maxTextChars);
  });
});
