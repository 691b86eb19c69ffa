import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { toInternalAdvice } from '@shared/export/adviceExportModel';
import { fitLogo, logoBox } from '@shared/export/docxPackage';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildMeetingDocument } from '@shared/export/meetingDocuments';
import { buildPeriodReport } from '@shared/export/periodReport';
import { toPublicAdvice, toPublicPeriodReport } from '@shared/publication/publicModel';
import { adviceSource, adviceVersion, docOf, paragraph } from '../../../fixtures/export/adviceSource';
import { meetingModel, periodReportSource } from '../../../fixtures/export/reportSources';
import { periodScreenings } from '../../../fixtures/screening/screening';
import { publicationSettings } from '../../../fixtures/publication';
import { unzipDocx, type DocxParts } from './support/docxParts';

const text = (value: string) => ({ type: 'text', text: value });
const cell = (value: string) => ({ type: 'tableCell', content: [paragraph(value)] });
const table = (value: string) => ({ type: 'table', content: [{ type: 'tableRow', content: [cell(value), cell('waarde')] }] });
const task = (checked: boolean, value: string) => ({ type: 'taskItem', attrs: { checked }, content: [paragraph(value)] });

/** An advice whose text has what used to break the layout: a level-3 heading first, a task list, two tables in a row. */
function layoutSource() {
  return adviceSource({
    version: adviceVersion({
      sections: {
        ...adviceVersion().sections,
        considerations: docOf(
          { type: 'heading', attrs: { level: 3 }, content: [text('Diep begonnen')] },
          paragraph('Tekst onder de kop.'),
          { type: 'taskList', content: [task(true, 'DPIA gedaan'), task(false, 'Leverancier gesproken')] },
          table('Eerste tabel'),
          table('Tweede tabel'),
          paragraph('Na de tabellen.'),
        ),
      },
    }),
  });
}

async function publicAdvice(): Promise<DocxParts> {
  const result = toPublicAdvice(layoutSource(), publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return unzipDocx(await buildAdviceDocument(result.advice, defaultHouseStyle));
}

const documents: [string, () => Promise<DocxParts>][] = [
  ['public advice', publicAdvice],
  ['internal advice', async () => unzipDocx(await buildAdviceDocument(toInternalAdvice(layoutSource()), defaultHouseStyle))],
  [
    'period report',
    async () =>
      unzipDocx(await buildPeriodReport(toPublicPeriodReport({ ...periodReportSource(6), screenings: periodScreenings() }, publicationSettings()).report, defaultHouseStyle)),
  ],
  ['agenda', async () => unzipDocx(await buildMeetingDocument(meetingModel(), 'agenda', defaultHouseStyle))],
  ['minutes', async () => unzipDocx(await buildMeetingDocument(meetingModel(), 'minutes', defaultHouseStyle))],
];

/** The body with every table, nested ones included, replaced by one `<table/>` mark. */
function withoutTables(xml: string): string {
  let out = '';
  let depth = 0;
  for (const part of xml.split(/(<w:tbl>|<\/w:tbl>)/)) {
    if (part === '<w:tbl>') {
      if (depth === 0) out += '<table/>';
      depth += 1;
    } else if (part === '</w:tbl>') depth -= 1;
    else if (depth === 0) out += part;
  }
  return out;
}

/** A paragraph that shows nothing: no text, no list marker, no picture, no rule, no field. */
const showsNothing = (para: string) => !/<w:t[ >]|<w:numPr>|<w:drawing>|<w:pBdr>|<w:fldSimple|<w:br\/>/.test(para);

/** The defaults and every style the content uses; the library also declares styles no document of ours takes (Caption at 9 pt). */
function usedStyles(styles: string, content: readonly string[]): string[] {
  const used = new Set(['Normal', ...content.flatMap((xml) => [...xml.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)].map((m) => m[1]!))]);
  const blocks = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)].filter((m) => used.has(m[1]!)).map((m) => m[0]);
  return [/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '', ...blocks];
}

describe.each(documents)('%s: layout a reader gets right', (_, open) => {
  it('gives every line spacing its rule, so LibreOffice does not read it as an exact height', async () => {
    const parts = await open();
    for (const xml of [parts.styles, parts.document, parts.numbering, ...parts.headers, ...parts.footers]) {
      const spacings = [...xml.matchAll(/<w:spacing [^>]*\/>/g)].map((m) => m[0]);
      for (const spacing of spacings.filter((s) => s.includes('w:line='))) expect(spacing).toMatch(/w:lineRule="auto"/);
    }
    expect(parts.styles).toMatch(/<w:spacing [^>]*w:line="276"[^>]*\/>/);
  });

  it('spaces by styles: no empty paragraph, except the one Word needs between two tables', async () => {
    const body = withoutTables((await open()).document);
    const paragraphs = [...body.matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)];
    const spacers = paragraphs.filter((p) => showsNothing(p[0]));
    for (const spacer of spacers) {
      expect(body.slice(0, spacer.index).endsWith('<table/>')).toBe(true);
      expect(body.slice(spacer.index + spacer[0].length).startsWith('<table/>')).toBe(true);
    }
  });

  it('has headings that never skip a level', async () => {
    const levels = [...(await open()).document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) => Number(m[1]));
    expect(levels.length).toBeGreaterThan(0);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('writes no text under 10 pt, tables, header and footer included', async () => {
    const parts = await open();
    const content = [parts.document, parts.numbering, ...parts.headers, ...parts.footers];
    for (const xml of [...usedStyles(parts.styles, content), ...content]) {
      for (const size of xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(20);
    }
    for (const id of ['Header', 'Footer']) {
      const style = new RegExp(`w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(parts.styles)?.[0] ?? '';
      expect(style).toMatch(/<w:sz w:val="(2\d|[3-9]\d)"\/>/);
    }
  });
});

describe('advice layout in detail', () => {
  it('a heading of the editor lands one level under its section, whatever level it was typed at', async () => {
    const { document } = await publicAdvice();
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>)[\s\S])*Diep begonnen/);
  });

  it('task items are list paragraphs, marked ☑ or ☐ by their numbering', async () => {
    const { document, numbering } = await publicAdvice();
    for (const item of ['DPIA gedaan', 'Leverancier gesproken']) {
      const para = new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?${item}`).exec(document)?.[0] ?? '';
      expect(para).toContain('<w:numPr>');
    }
    expect(numbering).toContain('<w:lvlText w:val="☑"/>');
    expect(numbering).toContain('<w:lvlText w:val="☐"/>');
  });

  it('table text is 10 pt or more', async () => {
    const report = await unzipDocx(await buildPeriodReport(toPublicPeriodReport(periodReportSource(3), publicationSettings()).report, defaultHouseStyle));
    const tables = [...report.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).join('');
    const sizes = [...tables.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBe(20);
  });
});

describe('logo', () => {
  it('fits inside its box with its own proportions, whatever its shape', () => {
    for (const [width, height] of [
      [1, 1],
      [4000, 300],
      [300, 4000],
      [200, 56],
      [1200, 800],
      [4000, 1],
    ]) {
      const fitted = fitLogo(width!, height!);
      expect(fitted.width).toBeLessThanOrEqual(logoBox.width);
      expect(fitted.height).toBeLessThanOrEqual(logoBox.height);
      expect(Math.min(fitted.width, fitted.height)).toBeGreaterThanOrEqual(1);
      expect(fitted.width === logoBox.width || fitted.height === logoBox.height).toBe(true);
      if (fitted.width > 1 && fitted.height > 1) expect(Math.abs(fitted.width / fitted.height - width! / height!) / (width! / height!)).toBeLessThan(0.05);
    }
  });
});
