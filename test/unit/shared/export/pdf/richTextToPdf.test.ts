import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildAdvicePdf } from '@shared/export/pdf/advicePdf';
import { toPublicAdvice } from '@shared/publication/publicModel';
import { adviceSource, adviceVersion, docOf, paragraph } from '../../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../../fixtures/publication';
import { bundledFonts, readWithPoppler, squashed } from './support/poppler';

const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const item = (...content: object[]) => ({ type: 'listItem', content });

/** The considerations of the public advice hold `doc`; the PDF read back by poppler. */
async function considerations(doc: RichText, name: string) {
  const source = adviceSource({ version: adviceVersion({ sections: { ...adviceVersion().sections, considerations: doc } }) });
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  const reading = await readWithPoppler(await buildAdvicePdf(result.advice, defaultHouseStyle, await bundledFonts()), name);
  const start = reading.structure.indexOf('"Overwegingen"');
  return { ...reading, flat: squashed(reading.text), part: reading.structure.slice(start, reading.structure.indexOf('"Advies"', start)) };
}

describe.concurrent('rich text in the PDF', () => {
  it('numbers lists from their own start, a., i. deeper down, and nests them inside their item', { timeout: 60_000 }, async () => {
    const nested = { type: 'orderedList', content: [item(paragraph('Binnen een')), item(paragraph('Binnen twee'))] };
    const doc = docOf({ type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph('Derde'), nested), item(paragraph('Vierde'))] });
    const { part, flat } = await considerations(doc, 'rich-lijsten');
    expect(flat).toMatch(/3\. Derde a\. Binnen een b\. Binnen twee 4\. Vierde/);
    expect(part).toMatch(/L \(block\)\s+LI \(block\)\s+Lbl \(block\)\s+"3\."\s+LBody \(block\)\s+P \(block\)\s+"Derde"\s+L \(block\)\s+LI \(block\)\s+Lbl \(block\)\s+"a\."/);
  });

  it('marks done tasks, keeps headings without gaps, quotes and code', { timeout: 60_000 }, async () => {
    const doc = docOf(
      { type: 'heading', attrs: { level: 3 }, content: [text('Kop die een niveau overslaat')] },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [paragraph('DPIA opvragen')] }, { type: 'taskItem', attrs: { checked: false }, content: [paragraph('Evalueren')] }] },
      { type: 'blockquote', content: [paragraph('Een citaat van de wethouder.')] },
      { type: 'codeBlock', content: [text('select * from meldingen;')] },
    );
    const { part, flat, fonts } = await considerations(doc, 'rich-taken');
    // Level 3 straight under the section (H2) becomes H3: no level is skipped.
    expect(part).toMatch(/H3 \(block\)\s+"Kop die een niveau overslaat"/);
    expect(part).not.toContain('H4');
    expect(flat).toContain('■ DPIA opvragen (afgerond) □ Evalueren');
    expect(part).toMatch(/BlockQuote\s+P \(block\)\s+"Een citaat van de wethouder\."/);
    expect(flat).toContain('select * from meldingen;');
    expect(fonts.map((font) => font.name.split('+')[1])).toContain('LiberationMono');
  });

  it('tables with a header row: TH cells with column scope in THead', { timeout: 60_000 }, async () => {
    const cell = (type: string, value: string) => ({ type, content: [paragraph(value)] });
    const doc = docOf({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Waarde'), cell('tableHeader', 'Effect')] },
        { type: 'tableRow', content: [cell('tableCell', 'Privacy'), cell('tableCell', 'Minder zicht op passanten')] },
      ],
    });
    const { part, flat } = await considerations(doc, 'rich-tabel');
    expect(part).toMatch(/Table \(block\)\s+THead\s+TR\s+TH:\s+\/Scope \/Column\s+"Waarde"/);
    expect(part).toMatch(/TBody\s+TR\s+TD\s+"Privacy"\s+TD\s+"Minder zicht op passanten"/);
    expect(flat).toMatch(/Waarde\s+Effect\s+Privacy\s+Minder zicht op passanten/);
  });

  it('shows a link’s address, an unknown node as a placeholder, and a character no font has as "?"', { timeout: 60_000 }, async () => {
    const doc = docOf(
      { type: 'paragraph', content: [text('het register', [{ type: 'link', attrs: { href: 'https://www.hengelo.nl/register' } }])] },
      { type: 'mermaid', content: [text('graaf A naar B')] },
      paragraph('Duim 👍 en bel\u0007 klaar'),
    );
    const { flat, fonts } = await considerations(doc, 'rich-overig');
    expect(flat).toContain('het register (https://www.hengelo.nl/register)');
    expect(flat).toContain('[Onderdeel niet weer te geven: mermaid] graaf A naar B');
    expect(flat).toContain('Duim ? en bel klaar');
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });
});
