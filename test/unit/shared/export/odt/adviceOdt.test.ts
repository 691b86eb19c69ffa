import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildAdviceOdt } from '@shared/export/odt/adviceOdt';
import { buildPeriodReportOdt } from '@shared/export/odt/periodReportOdt';
import { toPublicPeriodReport } from '@shared/publication/publicModel';
import { secretNames, confidentialText } from '../../../../fixtures/export/adviceSource';
import { periodReportSource } from '../../../../fixtures/export/reportSources';
import { publicationSettings } from '../../../../fixtures/publication';
import { periodScreenings } from '../../../../fixtures/screening/screening';
import { amsterdam, houseStyle, publicAdvice, unzipOdt } from './support';

const run = promisify(execFile);

const odt = () => buildAdviceOdt(publicAdvice(), houseStyle, amsterdam, new Date('2026-05-02T10:00:00Z'));

/** The outline levels of the headings, in document order. */
const outline = (content: string) => [...content.matchAll(/<text:h [^>]*text:outline-level="(\d)"/g)].map((m) => Number(m[1]));

describe('advice as ODT', () => {
  it('starts with its mimetype, stored uncompressed, so a reader knows the file from its first bytes', () => {
    const bytes = odt();
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(28, true)).toBe(0); // no extra field
    expect(new TextDecoder().decode(bytes.subarray(30, 38 + 39))).toBe('mimetypeapplication/vnd.oasis.opendocument.text');
    const parts = unzipOdt(bytes);
    expect(parts.names[0]).toBe('mimetype');
    expect(parts.manifest).toContain('manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text" manifest:version="1.3"');
    for (const part of ['content.xml', 'styles.xml', 'meta.xml']) expect(parts.manifest).toContain(`manifest:full-path="${part}"`);
  });

  it('every part is well-formed XML', async () => {
    const work = await mkdtemp(join(tmpdir(), 'beraad-odt-'));
    try {
      const parts = unzipOdt(odt());
      for (const [name, xml] of Object.entries({ content: parts.content, styles: parts.styles, meta: parts.meta, manifest: parts.manifest })) {
        await writeFile(join(work, `${name}.xml`), xml);
        await run('xmllint', ['--noout', join(work, `${name}.xml`)]);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('headings on outline levels without gaps, lists as lists, tables with a header', () => {
    const { content } = unzipOdt(odt());
    const levels = outline(content);
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    expect(levels).toContain(2);
    expect(content).toMatch(/<text:list text:style-name="Numbering"><text:list-item><text:p text:style-name="List_20_Contents"><text:span text:style-name="T_bold">Technologie: <\/text:span>Beperk de analyse/);
    expect(content).toMatch(/<text:list text:style-name="Bullets">/);
    expect(content).toContain('<table:table table:name="Tabel1" table:style-name="Tabel1">');
    expect(content).toContain('groepsvorming &amp; onrust &lt;na 22 uur&gt;');
  });

  it('styles: the house style, body 11 pt and tables 10 pt, Dutch', () => {
    const { styles, content } = unzipOdt(odt());
    expect(styles).toContain('fo:font-size="11pt" fo:language="nl" fo:country="NL"');
    expect(styles).toMatch(/style:name="Table_20_Contents"[\s\S]*?fo:font-size="10pt"/);
    expect(styles).toMatch(/style:name="Heading_20_1"[^>]*style:default-outline-level="1"[\s\S]*?fo:color="#01689B"/);
    expect(styles).toContain('Zaaknummer EA-2026-007');
    expect(styles).toContain('<text:page-number text:select-page="current">1</text:page-number>');
    expect(content).toContain(`fo:background-color="${houseStyle.accentColor}"`);
  });

  it('meta: title, language and the metadata of the Word document, the municipality as publisher', () => {
    const { meta } = unzipOdt(odt());
    expect(meta).toContain('<dc:title>Advies EA-2026-007: Slimme camera’s op het Stationsplein</dc:title>');
    expect(meta).toContain('<dc:language>nl-NL</dc:language>');
    expect(meta).toContain('<meta:creation-date>2026-04-02T09:00:00Z</meta:creation-date>');
    expect(meta).toContain('<meta:user-defined meta:name="Informatiecategorie" meta:value-type="string">adviezen</meta:user-defined>');
    expect(meta).toContain('<meta:user-defined meta:name="Publisher-TOOI" meta:value-type="string">https://identifier.overheid.nl/tooi/id/gemeente/gm0363</meta:user-defined>');
    expect(meta).toContain('<meta:keyword>ethiek</meta:keyword>');
  });

  it('nobody named, nothing confidential, in any part', () => {
    const parts = unzipOdt(odt());
    const everything = [parts.content, parts.styles, parts.meta].join('\n');
    for (const name of secretNames) expect(everything).not.toContain(name);
    expect(everything).not.toContain(confidentialText);
  });

  it('the period report: summary, overview, screenings and each advice, headings without gaps', () => {
    const { report } = toPublicPeriodReport({ ...periodReportSource(3), screenings: periodScreenings() }, publicationSettings());
    const { content, meta } = unzipOdt(buildPeriodReportOdt(report, houseStyle));
    // Samenvatting, Overzicht, Screenings with its four tables, Adviezen, the first advice.
    expect(outline(content).slice(0, 9)).toEqual([1, 1, 1, 2, 2, 2, 2, 1, 2]);
    expect(content).toContain('Stand van de conclusie');
    expect(content).toContain('Daarvan als casus bij het adviesorgaan');
    expect(content).toContain('Registratie in het algoritmeregister');
    expect(content).toContain('Team van Projectleider');
    expect(content).not.toContain('Joost Verhoeven');
    expect(meta).toContain('<dc:title>Rapportage adviezen');
  });
});
