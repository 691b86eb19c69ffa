import { describe, expect, it } from 'vitest';
import { paragraphsOf, richTextDocx } from './support/docxParts';

const text = (value: string, marks: object[] = []) => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', content });
const item = (...content: object[]) => ({ type: 'listItem', content });

/** The XML of the paragraph whose text is exactly `value`. */
function paragraphWith(xml: string, value: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((para) => paragraphsOf(para)[0] === value);
  if (!found) throw new Error(`no paragraph "${value}" in ${paragraphsOf(xml).join(' | ')}`);
  return found;
}

describe('richTextToDocx: one test per node and mark the editor allows', () => {
  it('paragraph and text: each paragraph its own, text escaped', async () => {
    const { document } = await richTextDocx(doc(p(text('Eerste & <tweede>')), p(text('Derde "quote"'))));
    expect(paragraphsOf(document)).toEqual(['Eerste &amp; &lt;tweede&gt;', 'Derde &quot;quote&quot;']);
  });

  it('text: drops characters XML forbids, which would make Word repair the file', async () => {
    const { document } = await richTextDocx(doc(p(text('a\u0001b\u000Bc\uD800d'))));
    expect(paragraphsOf(document)).toEqual(['abcd']);
  });

  it('heading: levels 2 and 3 become Heading 2 and 3; others are brought into range', async () => {
    const heading = (level: number, value: string) => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    const { document } = await richTextDocx(doc(heading(2, 'Twee'), heading(3, 'Drie'), heading(1, 'Een'), heading(6, 'Zes')));
    expect(paragraphWith(document, 'Twee')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(document, 'Drie')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(paragraphWith(document, 'Een')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(document, 'Zes')).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it.each([
    ['bold', '<w:b/>'],
    ['italic', '<w:i/>'],
    ['underline', '<w:u w:val="single"/>'],
    ['strike', '<w:strike/>'],
    ['code', 'w:ascii="Courier New"'],
  ])('mark %s', async (mark, xml) => {
    const { document } = await richTextDocx(doc(p(text('gewoon '), text('opgemaakt', [{ type: mark }]))));
    const run = /<w:r>(?:(?!<w:r>)[\s\S])*?opgemaakt<\/w:t><\/w:r>/.exec(document)?.[0] ?? '';
    expect(run).toContain(xml);
    const plain = /<w:r>(?:(?!<w:r>)[\s\S])*?gewoon <\/w:t><\/w:r>/.exec(document)?.[0] ?? '';
    expect(plain).not.toContain(xml);
  });

  it('marks combine on one run', async () => {
    const { document } = await richTextDocx(doc(p(text('beide', [{ type: 'bold' }, { type: 'italic' }]))));
    expect(document).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*beide/);
  });

  it('link: an https link becomes a hyperlink with its relationship; any other address stays plain text', async () => {
    const parts = await richTextDocx(
      doc(p(text('site', [{ type: 'link', attrs: { href: 'https://example.nl/a?b=1&c=2' } }]), text(' en '), text('kwaad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
    );
    expect(parts.document).toMatch(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>[\s\S]*?site[\s\S]*?<\/w:hyperlink>/);
    expect(parts.document).toContain('<w:rStyle w:val="Hyperlink"/>');
    expect(parts.document.match(/<w:hyperlink /g)).toHaveLength(1);
    const rels = await parts.part('word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://example.nl/a?b=1&amp;c=2" TargetMode="External"');
    expect(rels).not.toContain('javascript');
    expect(paragraphsOf(parts.document)[0]).toBe('site en kwaad');
  });

  it('hardBreak: a line break inside the paragraph', async () => {
    const { document } = await richTextDocx(doc(p(text('regel 1'), { type: 'hardBreak' }, text('regel 2'))));
    expect(paragraphsOf(document)).toEqual(['regel 1regel 2']);
    expect(document).toMatch(/regel 1<\/w:t><\/w:r><w:r><w:br\/><\/w:r>/);
  });

  it('bulletList with nesting: numbered paragraphs at increasing levels, bullets defined', async () => {
    const nested = { type: 'bulletList', content: [item(p(text('binnen')))] };
    const { document, numbering } = await richTextDocx(doc({ type: 'bulletList', content: [item(p(text('buiten')), nested), item(p(text('tweede')))] }));
    expect(paragraphWith(document, 'buiten')).toMatch(/<w:pStyle w:val="ListParagraph"\/>[\s\S]*<w:ilvl w:val="0"\/>/);
    expect(paragraphWith(document, 'binnen')).toContain('<w:ilvl w:val="1"/>');
    expect(paragraphWith(document, 'tweede')).toContain('<w:ilvl w:val="0"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:lvlText w:val="•"/>');
  });

  it('orderedList: decimal numbering, each list counting from its own start', async () => {
    const list = (start: number | undefined, value: string) => ({ type: 'orderedList', attrs: start ? { start } : {}, content: [item(p(text(value)))] });
    const { document, numbering } = await richTextDocx(doc(list(undefined, 'eerste lijst'), p(text('tussendoor')), list(undefined, 'tweede lijst'), list(5, 'vanaf vijf')));
    const numId = (value: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphWith(document, value))?.[1];
    expect(numId('eerste lijst')).not.toBe(numId('tweede lijst'));
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:start w:val="5"/>');
  });

  it('listItem: later paragraphs of an item hang under it without a number of their own', async () => {
    const { document } = await richTextDocx(doc({ type: 'orderedList', content: [item(p(text('punt')), p(text('toelichting')))] }));
    expect(paragraphWith(document, 'punt')).toContain('<w:numPr>');
    const follow = paragraphWith(document, 'toelichting');
    expect(follow).not.toContain('<w:numPr>');
    expect(follow).toContain('<w:ind w:left="360"/>');
  });

  it('taskList and taskItem: real list items whose marker shows done or open, nested tasks a level deeper', async () => {
    const task = (checked: boolean, value: string, ...more: object[]) => ({ type: 'taskItem', attrs: { checked }, content: [p(text(value)), ...more] });
    const { document, numbering } = await richTextDocx(
      doc({ type: 'taskList', content: [task(true, 'klaar'), task(false, 'open', { type: 'taskList', content: [task(false, 'sub')] })] }),
    );
    expect(paragraphsOf(document)).toEqual(['klaar (afgerond)', 'open', 'sub']);
    const numIdOf = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1];
    const markerOf = (value: string) => {
      const para = paragraphWith(document, value);
      const abstractId = new RegExp(`<w:num w:numId="${numIdOf(para)}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
      const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? '';
      const level = /<w:ilvl w:val="(\d+)"\/>/.exec(para)?.[1];
      return new RegExp(`<w:lvl w:ilvl="${level}"[\\s\\S]*?<w:lvlText w:val="([^"]*)"/>`).exec(abstract)?.[1];
    };
    expect(markerOf('klaar (afgerond)')).toBe('☑');
    expect(markerOf('open')).toBe('☐');
    expect(markerOf('sub')).toBe('☐');
    expect(paragraphWith(document, 'open')).toContain('<w:ilvl w:val="0"/>');
    expect(paragraphWith(document, 'sub')).toContain('<w:ilvl w:val="1"/>');
  });

  it('blockquote: its paragraphs take the Quote style', async () => {
    const { document, styles } = await richTextDocx(doc({ type: 'blockquote', content: [p(text('geciteerd'))] }, p(text('daarna'))));
    expect(paragraphWith(document, 'geciteerd')).toContain('<w:pStyle w:val="Quote"/>');
    expect(paragraphWith(document, 'daarna')).not.toContain('Quote');
    expect(styles).toContain('w:styleId="Quote"');
  });

  it('codeBlock: monospace, line breaks kept', async () => {
    const { document } = await richTextDocx(doc({ type: 'codeBlock', attrs: { language: null }, content: [text('a = 1\nb = 2')] }));
    expect(paragraphsOf(document)).toEqual(['a = 1b = 2']);
    expect(document).toContain('w:ascii="Courier New"');
    expect(document).toContain('<w:br/>');
  });

  it('horizontalRule: an empty paragraph with a bottom border', async () => {
    const { document } = await richTextDocx(doc(p(text('boven')), { type: 'horizontalRule' }, p(text('onder'))));
    expect(document).toMatch(/<w:pBdr><w:bottom [^>]*w:val="single"/);
  });

  it('table, tableRow, tableHeader, tableCell: widths in dxa with an explicit grid, header row repeated, spans kept', async () => {
    const cell = (type: string, value: string, attrs: object = {}) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs }, content: [p(text(value))] });
    const row = (...cells: object[]) => ({ type: 'tableRow', content: cells });
    const table = {
      type: 'table',
      content: [
        row(cell('tableHeader', 'Actor'), cell('tableHeader', 'Effect'), cell('tableHeader', 'Waarde')),
        row(cell('tableCell', 'Inwoner', { rowspan: 2 }), cell('tableCell', 'Breed', { colspan: 2 })),
        row(cell('tableCell', 'x'), cell('tableCell', 'y')),
        row({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [] }),
      ],
    };
    const { document } = await richTextDocx(doc(table));
    expect(document).toContain('<w:tblW w:type="dxa"');
    expect(document).not.toContain('w:type="pct"');
    expect(document.match(/<w:gridCol w:w="\d+"\/>/g)).toHaveLength(3);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(document).not.toContain('w:val="off"');
    expect(document).toContain('<w:gridSpan w:val="2"/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toMatch(/<w:shd [^>]*w:fill="DCE9F2"/);
    // Header text is bold; every cell holds a paragraph, even an empty one.
    expect(paragraphWith(document, 'Actor')).toContain('<w:b/>');
    expect(document).not.toMatch(/<w:tc>(?:<w:tcPr>[\s\S]*?<\/w:tcPr>)?<\/w:tc>/);
  });

  it('an unknown node becomes a visible placeholder that keeps its text', async () => {
    const { document } = await richTextDocx(doc(p(text('voor')), { type: 'mermaidDiagram', content: [p(text('A naar B'))] }, p(text('na'))));
    expect(paragraphsOf(document)).toEqual(['voor', '[Onderdeel niet weer te geven: mermaidDiagram] A naar B', 'na']);
  });

  it('an unknown inline node becomes a placeholder inside the paragraph; an unknown mark keeps its text', async () => {
    const { document } = await richTextDocx(doc(p(text('a '), { type: 'mention', attrs: { id: 'x' } }, text(' b', [{ type: 'sparkle' }]))));
    expect(paragraphsOf(document)).toEqual(['a [Onderdeel niet weer te geven: mention] b']);
  });

  it('input that is not a document at all still produces a document with a placeholder', async () => {
    const { document } = await richTextDocx({ type: 'nonsense' });
    expect(paragraphsOf(document)).toEqual(['[Onderdeel niet weer te geven: nonsense]']);
    const empty = await richTextDocx(null);
    expect(paragraphsOf(empty.document)).toEqual(['[Onderdeel niet weer te geven: onbekend]']);
  });

  it('an empty document gives a valid body', async () => {
    const { document } = await richTextDocx({ type: 'doc', content: [] });
    expect(document).toContain('<w:body><w:p>');
  });
});
