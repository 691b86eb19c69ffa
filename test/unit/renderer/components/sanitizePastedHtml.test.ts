// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { pasteLimits } from '../../../../renderer/components/richText/pasteLimits';
import { sanitizePastedHtml } from '../../../../renderer/components/richText/sanitizePastedHtml';
import { hostilePastes } from '../../../fixtures/hostile-paste/corpus';
import { dangers, pasteInto, textOf, walk } from './pasteChecks';

// deepNesting.test.ts takes that case: jsdom needs seconds to parse it, and a file of its own runs alongside.
const corpus = hostilePastes.filter(({ name }) => name !== 'deep-nesting');
const html = (name: string) => corpus.find((paste) => paste.name === name)!.html;

const wordParagraphs = [
  'Verslag ethische commissie',
  'De commissie bespreekt de inzet van slimme camera’s in de binnenstad.',
  'Privacy van bezoekers',
  'Proportionaliteit',
  'Zie ook het toetsingskader en het concept.',
];

describe('sanitizePastedHtml on the hostile corpus', () => {
  it('sees the dangers the corpus carries before sanitizing, so an empty finding after means something', () => {
    const raw = corpus.flatMap((paste) => dangers(paste.html));
    expect(raw).toEqual(expect.arrayContaining(['<script>', 'img[onerror]', '<iframe>', '<form>', '<object>', '<embed>', '<style>', '<svg>', '<math>']));
    for (const scheme of ['javascript:', 'data:', 'vbscript:']) expect(raw.some((found) => found.toLowerCase().includes(`[href=${scheme}`)), scheme).toBe(true);
  });

  it.each(corpus)('$name: leaves nothing that runs or leaves the app, and keeps the text', ({ html: dirty, survives }) => {
    const clean = sanitizePastedHtml(dirty).html;
    expect(dangers(clean)).toEqual([]);
    for (const words of survives) expect(textOf(clean)).toContain(words);
  });

  it('keeps https links and the markup the editors read', () => {
    const markup =
      '<h2>Kop</h2><ul data-type="taskList"><li data-type="taskItem" data-checked="true"><div><p>Taak</p></div></li></ul>' +
      '<table><tbody><tr><td colspan="2">Cel</td></tr></tbody></table><p><a href="https://example.nl/a">link</a></p>';
    expect(sanitizePastedHtml(markup).html).toBe(markup);
  });

  it('drops Word list bullets, o:p placeholders and blank Word paragraphs instead of keeping them as text', () => {
    const clean = sanitizePastedHtml(html('word')).html;
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = clean;
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).toEqual(wordParagraphs);
    expect(clean).not.toMatch(/o:p|mso-list:\s*ignore|<!--/i);
  });

  it('keeps the first maxTextChars of text and nothing after, and says it cut', () => {
    const limits = { ...pasteLimits, maxTextChars: 12 };
    expect(sanitizePastedHtml('<h2>Kop</h2><p>Een <b>vette</b> zin.</p><p>Weg.</p>', limits)).toEqual({ html: '<h2>Kop</h2><p>Een <b>vette</b></p>', cut: true });
    expect(sanitizePastedHtml('<p>Kort.</p>', limits)).toEqual({ html: '<p>Kort.</p>', cut: false });
  });

  it('says it cut when the markup was bounded before parsing', () => {
    expect(sanitizePastedHtml('<p>een</p><p>twee</p>', { ...pasteLimits, maxElements: 1 })).toEqual({ html: '<p>een</p>', cut: true });
  });

  it('reduces what is nested beyond a hundred levels to its text', () => {
    const clean = sanitizePastedHtml(`${'<div>'.repeat(150)}<b>Diep</b> <i>genest</i>${'</div>'.repeat(150)}`).html;
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = clean;
    expect(doc.querySelectorAll('div')).toHaveLength(100);
    expect(doc.body.textContent).toBe('Diep genest');
  });
});

describe.each(['description', 'notes'] as const)('pasting the hostile corpus into a %s editor', (preset) => {
  it.each(corpus)('$name: only https links, and the text survives', ({ html: dirty, survives }) => {
    const { hrefs, text } = walk(pasteInto(preset, dirty));
    for (const href of hrefs) expect(parseExternalUrl(String(href)), String(href)).not.toBeNull();
    for (const words of survives) expect(text.replace(/\s+/g, ' ')).toContain(words);
  });
});

describe('what a paste keeps', () => {
  it('keeps the https link of a hostile paste as a link', () => {
    expect(walk(pasteInto('notes', html('javascript-link'))).hrefs).toEqual(['https://www.gemeente.example/verslag']);
  });

  it('reads Google Docs bold from its styles, not from its <b> wrapper', () => {
    const json = JSON.stringify(pasteInto('notes', html('google-docs')));
    expect(json).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Actiepunt"}');
    expect(json).toContain('{"type":"text","text":": de secretaris plant een vervolggesprek."}');
    expect(json).toContain('{"type":"text","marks":[{"type":"italic"}],"text":"Wijkbewoners uitnodigen"}');
  });

  it('turns a Word paste into its paragraphs, without bullets or blank lines', () => {
    const blocks = pasteInto('notes', html('word')).content ?? [];
    expect(blocks.map((block) => walk(block).text.replace(/\s+/g, ' ').trim())).toEqual(wordParagraphs);
  });

  it('keeps a pasted table in notes, its spans cut down so it cannot grow to millions of cells', () => {
    const table = pasteInto('notes', html('table-span-bomb')).content?.find((block) => block.type === 'table');
    const rows = table?.content ?? [];
    const cell = (row: number, column: number) => rows[row]?.content?.[column];
    expect([cell(0, 0)?.attrs, walk(cell(0, 0)!).text.trim()]).toEqual([{ colspan: 100, rowspan: 1, colwidth: null }, 'Grote cel']);
    expect([cell(1, 0)?.attrs?.colspan, cell(1, 1)?.attrs?.colspan]).toEqual([1, 1]);
    // The table is made rectangular: the second row is filled out to the first row's width.
    expect(rows.map((row) => (row.content ?? []).reduce((width, c) => width + (c.attrs?.colspan as number), 0))).toEqual([100, 100]);
  });

  it('flattens a pasted table into text in a description, which has no tables', () => {
    const doc = pasteInto('description', '<table><tr><th>Wie</th><th>Wat</th></tr><tr><td>Secretaris</td><td>Agenda</td></tr></table>');
    expect(JSON.stringify(doc)).not.toContain('table');
    expect(walk(doc).text).toMatch(/Wie[\s\S]*Wat[\s\S]*Secretaris[\s\S]*Agenda/);
  });
});
