import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import type { HouseStyle } from '@shared/export/houseStyle';
import { buildAdvicePdf } from '@shared/export/pdf/advicePdf';
import { toPublicAdvice, type PublicAdvice } from '@shared/publication/publicModel';
import { advice, adviceSource, adviceVersion, caseRecord, confidentialRecommendation, confidentialText, docOf, paragraph, secretNames } from '../../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../../fixtures/publication';
import { paragraphsOf, unzipDocx } from '../support/docxParts';
import { bundledFonts, readWithPoppler, squashed } from './support/poppler';

function publicAdvice(source: AdviceSource = adviceSource()): PublicAdvice {
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const style: HouseStyle = {
  ...defaultHouseStyle,
  organisationName: 'Gemeente Voorbeeldstad',
  footerText: 'Ethisch adviesorgaan, Postbus 1',
  logo: { mimeType: 'image/png', base64: png, widthPx: 1, heightPx: 1, alt: 'Logo Gemeente Voorbeeldstad' },
};
const exportedAt = new Date('2026-11-30T15:00:00Z');

const headingLevels = (structure: string) => [...structure.matchAll(/^\s*H(\d) \(block\)$/gm)].map((m) => Number(m[1]));

describe.concurrent('public advice as PDF/A, read back by poppler', () => {
  it('is tagged PDF/A-2a in Dutch, its fonts embedded, its title shown, dated by the advice', { timeout: 60_000 }, async () => {
    const bytes = await buildAdvicePdf(publicAdvice(), style, await bundledFonts(), exportedAt);
    const { info, fonts, xmp, pngPath } = await readWithPoppler(bytes, 'advies-openbaar');
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Advies EA-2026-007: Slimme camera’s op het Stationsplein');
    expect(info.Author).toBe('Ethisch adviesorgaan');
    expect(info.Subject).toBe('Slimme camera’s op het Stationsplein');
    expect(info.Keywords).toContain('Camera’s en beeldanalyse');
    expect(info.CreationDate).toMatch(/Apr\s+2 00:00:00 2026/);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.filter((font) => !font.embedded || !font.unicode)).toEqual([]);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2026-04-02T00:00:00Z</xmp:CreateDate>');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/OutputIntents/);
    expect((await readFile(pngPath)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('names the case as identifier and the municipality as publisher, by name and TOOI identifier, in its metadata', { timeout: 60_000 }, async () => {
    const publisher = { name: 'Gemeente Amsterdam', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363' };
    const { xmp } = await readWithPoppler(await buildAdvicePdf(publicAdvice(), style, await bundledFonts(), exportedAt, publisher), 'advies-uitgever');
    expect(xmp).toContain('<dc:identifier>EA-2026-007</dc:identifier>');
    expect(xmp).toContain(`<dc:publisher><rdf:Bag><rdf:li>Gemeente Amsterdam</rdf:li><rdf:li>${publisher.uri}</rdf:li></rdf:Bag></dc:publisher>`);
  });

  it('has the outline H1, H2, H3 without gaps, the facts as a table with row headers, lists and the logo as a figure with its alt text', { timeout: 60_000 }, async () => {
    const bytes = await buildAdvicePdf(publicAdvice(), style, await bundledFonts(), exportedAt);
    const { structure } = await readWithPoppler(bytes, 'advies-structuur');
    const levels = headingLevels(structure);
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels).toContain(3);
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    expect(structure).toMatch(/^Document\n\s+Figure:\n\s+\/Placement \/Block/);
    // pdfinfo does not print a figure's text alternative; the structure element's dictionary holds it.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/S \/Figure\n[^>]*\/Alt \(Logo Gemeente Voorbeeldstad\)/);
    expect(structure).toMatch(/TH:\s+\/Scope \/Row\s+"Zaaknummer"\s+TD\s+"EA-2026-007"/);
    expect(structure).toMatch(/LI \(block\)\s+Lbl \(block\)\s+"1\."\s+LBody \(block\)\s+P \(block\)\s+"Technologie: Beperk de analyse/);
    // Header and footer are page furniture: artifacts, outside the structure.
    expect(structure).not.toContain('Gemeente Voorbeeldstad"');
    expect(structure).not.toContain('pagina 1 van');
  });

  it('reads in the order of the Word version, with header and footer on every page, and names nobody', { timeout: 60_000 }, async () => {
    const { text, info } = await readWithPoppler(await buildAdvicePdf(publicAdvice(), style, await bundledFonts(), exportedAt), 'advies-tekst');
    const flat = squashed(text);
    const order = ['Advies: Slimme camera’s op het Stationsplein', 'Samenvatting van het onderwerp', 'Adviesvraag', 'Werkwijze', 'Overwegingen', 'Actoren en effecten', 'Advies 1.', 'Minderheidsstandpunt', 'Conclusie van de proceseigenaar', 'Opvolging'];
    const positions = order.map((heading) => flat.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(flat).toContain('groepsvorming & onrust <na 22 uur>');
    expect(flat).toMatch(/2\. Omgeving: Leg vast wie de meldingen beoordeelt en hoe\./);
    expect(flat).toContain('Besluit over vervolg: Vervolg door het college');
    const pages = Number(info.Pages);
    expect(flat.match(/Zaaknummer EA-2026-007/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(flat).toContain(`pagina ${pages} van ${pages}`);
    expect(flat).toContain('Ethisch adviesorgaan, Postbus 1');
    for (const name of secretNames) expect(flat).not.toContain(name);
    expect(flat).not.toContain(confidentialText);
    expect(flat).not.toContain(confidentialRecommendation);
  });

  it('keeps metadata with "&" and "<" valid XML', { timeout: 60_000 }, async () => {
    const source = adviceSource({ caseRecord: caseRecord({ title: 'Sensoren & camera’s <proef>', themes: ['wonen & zorg'] }) });
    const { xmp, info } = await readWithPoppler(await buildAdvicePdf(publicAdvice(source), style, await bundledFonts(), exportedAt), 'advies-xmp');
    expect(info.Title).toBe('Advies EA-2026-007: Sensoren & camera’s <proef>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Advies EA-2026-007: Sensoren &amp; camera’s &lt;proef&gt;</rdf:li>');
    expect(xmp).toContain('<rdf:li>wonen &amp; zorg</rdf:li>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('refuses a confidential case, which has no public version', async () => {
    const confidential = { ...publicAdvice(), classification: 'vertrouwelijk' as const };
    await expect(buildAdvicePdf(confidential, style, await bundledFonts())).rejects.toThrow('vertrouwelijk');
  });
});

describe('one public model feeds Word and PDF alike', () => {
  /** A marker in every free-text field of the public model. */
  const sentinels = {
    title: 'SENTINELTITEL',
    topicSummary: 'SENTINELSAMENVATTING',
    question: 'SENTINELVRAAG',
    context: 'SENTINELCONTEXT',
    working: 'SENTINELWERKWIJZE',
    considerations: 'SENTINELOVERWEGING',
    minorityView: 'SENTINELMINDERHEID',
    recommendation: 'SENTINELAANBEVELING',
    method: 'SENTINELMETHODE',
    meeting: 'SENTINELBIJEENKOMST',
    department: 'SENTINELAFDELING',
    theme: 'SENTINELTHEMA',
    reasons: 'SENTINELMOTIVERING',
    note: 'SENTINELNOTITIE',
    bodyName: 'SENTINELADVIESORGAAN',
    url: 'https://www.hengelo.nl/sentinelpublicatie',
  };
  const sentinelSource = () => {
    const base = adviceSource();
    return adviceSource({
      bodyName: sentinels.bodyName,
      caseRecord: caseRecord({
        title: sentinels.title,
        themes: [sentinels.theme],
        processOwner: { ...base.caseRecord.processOwner, department: sentinels.department },
      }),
      advice: advice({
        conclusion: { decision: 'adopted', reasons: sentinels.reasons, receivedOn: '2026-04-20' },
        followUp: { discussedOn: '2026-05-01', decision: 'college', reReviewOn: null, note: sentinels.note },
        publication: { classificationChecked: true, publicSummary: '', publishedOn: '2026-05-02', url: sentinels.url },
      }),
      version: adviceVersion({
        confidentialSections: [],
        sections: {
          topicSummary: docOf(paragraph(sentinels.topicSummary)),
          question: docOf(paragraph(sentinels.question)),
          context: docOf(paragraph(sentinels.context)),
          working: docOf(paragraph(sentinels.working)),
          considerations: docOf(paragraph(sentinels.considerations)),
          minorityView: docOf(paragraph(sentinels.minorityView)),
        },
        recommendations: [{ id: '00000000-0000-4000-8000-000000000010', text: docOf(paragraph(sentinels.recommendation)), direction: null, confidential: false }],
        working: {
          methods: [sentinels.method],
          meetings: [{ meetingId: '00000000-0000-4000-8000-000000000020', startsAt: '2026-03-20T14:00', title: sentinels.meeting }],
          participants: adviceVersion().working.participants,
        },
      }),
    });
  };

  it('shows the marker of every public field in both', { timeout: 60_000 }, async () => {
    const model = publicAdvice(sentinelSource());
    const [pdf, docx] = await Promise.all([buildAdvicePdf(model, style, await bundledFonts()), buildAdviceDocument(model, style)]);
    const pdfText = squashed((await readWithPoppler(pdf, 'advies-sentinels')).text);
    const wordText = paragraphsOf((await unzipDocx(docx)).document).join('\n');
    for (const [field, sentinel] of Object.entries(sentinels)) {
      expect.soft(pdfText, `PDF: ${field}`).toContain(sentinel);
      expect.soft(wordText, `Word: ${field}`).toContain(sentinel);
    }
  });
});
