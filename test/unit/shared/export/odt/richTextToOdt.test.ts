import { describe, expect, it } from 'vitest';
import { richTextToOdt } from '@shared/export/odt/richTextToOdt';
import { headingText } from '@shared/export/odt/odtBlocks';
import { odtText, OdtWriter } from '@shared/export/odt/odtWriter';
import { fragment } from '@shared/export/xmlWriter';

const doc = (...content: object[]) => ({ type: 'doc', content });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]) => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const cell = (type: string, text: string, attrs: object = {}) => ({ type, attrs, content: [p(t(text))] });
const write = (writer: OdtWriter, value: object) => fragment(richTextToOdt(writer, value));

describe('rich text to ODT', () => {
  it('keeps runs of spaces, tabs and line breaks, which ODF would otherwise collapse', () => {
    expect(odtText('a   b\tc\nd')).toBe('a <text:s text:c="2"/>b<text:tab/>c<text:line-break/>d');
  });

  it('marks become one automatic style per combination; a safe link stays a link, an unsafe one its text', () => {
    const writer = new OdtWriter('#DCE9F2');
    const xml = write(writer, doc(p(t('vet', 'bold', 'italic'), t(' en '), { type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://www.amsterdam.nl' } }] }, { type: 'text', text: ' niet', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] })));
    expect(xml).toContain('<text:span text:style-name="T_bold_italic">vet</text:span>');
    expect(xml).toContain('<text:a xlink:type="simple" xlink:href="https://www.amsterdam.nl/">site</text:a>');
    expect(xml).not.toContain('javascript');
    expect(writer.automaticStyles()).toContain('<style:style style:name="T_bold_italic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/>');
  });

  it('nested and ordered lists are lists inside list items, with their start number', () => {
    const xml = write(new OdtWriter('#fff'), doc({ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(t('drie')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('binnen'))] }] }] }] }));
    expect(xml).toBe(
      '<text:list text:style-name="Numbering"><text:list-item text:start-value="3"><text:p text:style-name="List_20_Contents">drie</text:p>' +
        '<text:list text:style-name="Bullets"><text:list-item><text:p text:style-name="List_20_Contents">binnen</text:p></text:list-item></text:list></text:list-item></text:list>',
    );
  });

  it('a checklist is a real list with its boxes', () => {
    const xml = write(new OdtWriter('#fff'), doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(t('klaar'))] }, { type: 'taskItem', attrs: { checked: false }, content: [p(t('open'))] }] }));
    expect(xml).toMatch(/^<text:list text:style-name="Tasks"><text:list-item><text:p text:style-name="List_20_Contents">☒ klaar<text:span [^>]*> \(afgerond\)<\/text:span><\/text:p><\/text:list-item><text:list-item><text:p [^>]*>☐ open<\/text:p>/);
  });

  it('tables: a header row, and a cell that spans covers the cells it reaches', () => {
    const table = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'A'), cell('tableHeader', 'B'), cell('tableHeader', 'C')] },
        { type: 'tableRow', content: [cell('tableCell', 'breed', { colspan: 2 }), cell('tableCell', 'hoog', { rowspan: 2 })] },
        { type: 'tableRow', content: [cell('tableCell', 'x'), cell('tableCell', 'y')] },
      ],
    };
    const xml = write(new OdtWriter('#fff'), doc(table));
    expect(xml).toContain('<table:table-header-rows><table:table-row>');
    const rows = xml.split('<table:table-row>').slice(1);
    expect(rows[1]).toMatch(/table:number-columns-spanned="2"[^>]*>.*breed.*<\/table:table-cell><table:covered-table-cell\/><table:table-cell [^>]*table:number-rows-spanned="2"/);
    // Row three: x, y, then the cell covered by "hoog".
    expect(rows[2]).toMatch(/x<\/text:p><\/table:table-cell><table:table-cell[^>]*>.*y<\/text:p><\/table:table-cell><table:covered-table-cell\/><\/table:table-row>/);
    expect(xml.match(/<table:table-column /g)).toHaveLength(3);
  });

  it('headings never skip a level, whatever the editor stored', () => {
    const writer = new OdtWriter('#fff');
    const xml = fragment([headingText(writer, 1, 'Sectie'), ...richTextToOdt(writer, doc({ type: 'heading', attrs: { level: 3 }, content: [t('diep')] }))]);
    expect([...xml.matchAll(/text:outline-level="(\d)"/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('quotes, code and rules have their styles; an unknown node shows its text', () => {
    const xml = write(
      new OdtWriter('#fff'),
      doc({ type: 'blockquote', content: [p(t('citaat'))] }, { type: 'codeBlock', content: [t('a  b\nc')] }, { type: 'horizontalRule' }, { type: 'mystery', content: [t('behouden')] }),
    );
    expect(xml).toContain('<text:p text:style-name="Quotations">citaat</text:p>');
    expect(xml).toContain('<text:p text:style-name="Preformatted_20_Text">a <text:s text:c="1"/>b<text:line-break/>c</text:p>');
    expect(xml).toContain('<text:p text:style-name="Horizontal_20_Line"/>');
    expect(xml).toMatch(/\[Onderdeel niet weer te geven: mystery\]<\/text:span> behouden/);
  });
});
