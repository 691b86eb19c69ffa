import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { processOwnerByRole, toAdviceExportModel, toInternalAdvice, type AdviceVariant, type InternalAdvice } from '@shared/export/adviceExportModel';
import { toPublicAdvice, type PublicAdvice } from '@shared/publication/publicModel';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { adviceSource, adviceVersion, caseRecord, confidentialRecommendation, confidentialText, secretNames } from '../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../fixtures/publication';
import { paragraphsOf, unzipDocx } from './support/docxParts';

function modelOf(variant: AdviceVariant, source = adviceSource()): PublicAdvice | InternalAdvice {
  if (variant === 'internal') return toInternalAdvice(source);
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

const exported = async (variant: AdviceVariant, source = adviceSource()) =>
  unzipDocx(await buildAdviceDocument(modelOf(variant, source), defaultHouseStyle, new Date('2026-05-02T10:00:00Z')));

describe('advice document', () => {
  it('public: metadata, the sections in order, numbered recommendations, conclusion and follow-up', async () => {
    const { document } = await exported('public');
    const text = paragraphsOf(document);
    const order = ['Advies: Slimme camera’s op het Stationsplein', 'Samenvatting van het onderwerp', 'Adviesvraag', 'Werkwijze', 'Overwegingen', 'Advies', 'Minderheidsstandpunt', 'Conclusie van de proceseigenaar', 'Opvolging'];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('EA-2026-007');
    expect(text).toContain('2 april 2026');
    expect(text).toContain('Proceseigenaar, afdeling Openbare Orde');
    expect(text).toContain('Besluit: Advies deels overgenomen');
    expect(text).toContain('Besluit over vervolg: Vervolg door het college');
    expect(text).toContain('Technologie: Beperk de analyse tot geaggregeerde tellingen, zonder gezichtsherkenning.');
  });

  it('public: escaped text, headings as Word styles, recommendations numbered', async () => {
    const { document, numbering, styles } = await exported('public');
    expect(document).toContain('groepsvorming &amp; onrust &lt;na 22 uur&gt;');
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toContain('<w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="nl-NL"/>');
    const recommendation = /<w:p>(?:(?!<w:p>)[\s\S])*?Beperk de analyse/.exec(document)?.[0] ?? '';
    expect(recommendation).toContain('<w:numPr>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('public: nobody named, confidential section and recommendation left out', async () => {
    const parts = await exported('public');
    const everything = [parts.document, parts.core, parts.custom, ...parts.headers, ...parts.footers].join('\n');
    for (const name of secretNames) expect(everything).not.toContain(name);
    expect(everything).not.toContain(confidentialText);
    expect(everything).not.toContain(confidentialRecommendation);
    expect(paragraphsOf(parts.document)).not.toContain('Casus en context');
    expect(parts.document).toContain('Lid adviesorgaan wees op het risico van profilering');
    expect(paragraphsOf(parts.document)).toEqual(expect.arrayContaining(['Lid adviesorgaan (2)', 'Externe ethische procesbegeleider']));
    // The minutes belong to the internal version only.
    expect(everything).not.toContain('Aanwezig');
  });

  it('public naming by name, when the organisation chose it, still leaves confidential content out', async () => {
    const { document } = await exported('public', adviceSource({ publicNaming: 'name' }));
    expect(document).toContain('Noor Hendriks wees op');
    expect(document).not.toContain(confidentialText);
  });

  it('internal: names, attendance, deliberation summary and the confidential parts marked as such', async () => {
    const { document, custom } = await exported('internal');
    const text = paragraphsOf(document);
    expect(document).toContain('Noor Hendriks wees op');
    expect(text).toContain('Casus en context (vertrouwelijk)');
    expect(document).toContain(confidentialText);
    expect(document).toContain(confidentialRecommendation);
    expect(text).toContain('Aanwezig: Noor Hendriks, Pieter de Boer');
    expect(text).toContain('Afwezig: Sanne Visser');
    expect(text).toContain('Beraadslaging');
    expect(text).toContain('Secretaris vraagt DPIA op');
    expect(text).toContain('Fatima El Amrani, Openbare Orde');
    expect(custom).toContain('advies (interne versie)');
  });

  it('internal: a member who takes no part is listed as such, never as approver, also for an approval given before', async () => {
    const approver = adviceVersion().reviews[0]!;
    expect(modelOf('internal').approvals).toEqual(['Noor Hendriks (2 april 2026)']);
    const conflicts = [{ personId: approver.personId, name: 'Noor Hendriks', declaredOn: '2026-04-10', description: 'Werkt bij de leverancier', measure: 'neemt_niet_deel' as const }];
    const source = adviceSource({ conflicts });
    const model = modelOf('internal', source);
    expect(model.approvals).toEqual([]);
    expect(model.notTakingPart).toEqual([{ name: 'Noor Hendriks', declaredOn: '2026-04-10' }]);
    expect(model.participants).toContain('Noor Hendriks (Lid adviesorgaan), neemt niet deel');
    const text = paragraphsOf((await exported('internal', source)).document);
    expect(text).toContain('Neemt niet deel');
    expect(text).toContain('Noor Hendriks, belangenverstrengeling gemeld op 10 april 2026');
    expect(text).not.toContain('Goedkeuring');
    expect(modelOf('public', source).notTakingPart).toEqual([]);
  });

  it('internal: "Intern — niet openbaar" with its classification in header and footer, and in its metadata table', async () => {
    const { headers, footers, document } = await exported('internal');
    for (const part of [headers.join(''), footers.join('')]) expect(paragraphsOf(part)).toContain('Intern — niet openbaar · Classificatie: Intern');
    const text = paragraphsOf(document);
    expect(text.join('\n')).toMatch(/^Classificatie\nIntern$/m);
    expect(text.join('\n')).not.toMatch(/^Classificatie\nOpenbaar$/m);
    expect(text.join('\n')).toMatch(/^Classificatie openbare versie\nOpenbaar$/m);
    const secret = await exported('internal', adviceSource({ caseRecord: caseRecord({ classification: 'vertrouwelijk' }) }));
    expect(paragraphsOf(secret.headers.join(''))).toContain('Intern — niet openbaar · Classificatie: Vertrouwelijk');
    expect(paragraphsOf(secret.footers.join(''))).toContain('Intern — niet openbaar · Classificatie: Vertrouwelijk');
  });

  it('public: no internal marking anywhere', async () => {
    const { headers, footers, document } = await exported('public');
    expect([...headers, ...footers, document].join('')).not.toContain('Intern');
  });

  it('internal: even with an empty house-style header and footer, the marking is there', async () => {
    const style = { ...defaultHouseStyle, organisationName: '', referenceInHeader: false, pageNumbers: false, footerText: '' };
    const parts = await unzipDocx(await buildAdviceDocument(modelOf('internal'), style));
    expect(paragraphsOf(parts.headers.join(''))).toEqual(['Intern — niet openbaar · Classificatie: Intern']);
    expect(paragraphsOf(parts.footers.join(''))).toEqual(['Intern — niet openbaar · Classificatie: Intern']);
  });

  it('public: the publication date where the date belongs, the address as where to find it', async () => {
    const published = adviceSource();
    published.advice = { ...published.advice!, publication: { classificationChecked: true, publicSummary: '', publishedOn: '2026-12-03', url: 'https://www.voorbeeldstad.nl/advies-007' } };
    const text = paragraphsOf((await exported('public', published)).document);
    expect(text).toContain('Gepubliceerd op: 3 december 2026');
    expect(text).toContain('Vindplaats: https://www.voorbeeldstad.nl/advies-007');
    expect(text.some((line) => /Gepubliceerd op: https?:/.test(line))).toBe(false);
  });

  describe('earlier advices the advice refers to', () => {
    const published = { caseId: '00000000-0000-4000-8000-000000000501', reference: 'EA-2025-004', title: 'Camera’s in het winkelcentrum', adviceIssuedOn: '2025-06-12' };
    const unpublished = { caseId: '00000000-0000-4000-8000-000000000502', reference: 'EA-2025-009', title: 'Drones boven de wijk Noord', adviceIssuedOn: '2025-10-03' };
    const referring = () => adviceSource({ version: adviceVersion({ precedents: [published, unpublished] }), publishedPrecedents: [published.caseId] });

    it('internal: each with its reference number, title and the date of its advice, after the minority view', async () => {
      const text = paragraphsOf((await exported('internal', referring())).document);
      const heading = text.indexOf('Eerdere adviezen');
      expect(heading).toBeGreaterThan(text.indexOf('Minderheidsstandpunt'));
      expect(heading).toBeLessThan(text.indexOf('Conclusie van de proceseigenaar'));
      expect(text.slice(heading + 1, heading + 3)).toEqual([
        'EA-2025-004: Camera’s in het winkelcentrum (advies van 12 juni 2025)',
        'EA-2025-009: Drones boven de wijk Noord (advies van 3 oktober 2025)',
      ]);
    });

    it('public: a published advice by its title, an unpublished one by its reference number only', async () => {
      const { document, core, custom } = await exported('public', referring());
      const text = paragraphsOf(document);
      const heading = text.indexOf('Eerdere adviezen');
      expect(text.slice(heading + 1, heading + 3)).toEqual(['EA-2025-004: Camera’s in het winkelcentrum (advies van 12 juni 2025)', 'EA-2025-009']);
      expect([document, core, custom].join('\n')).not.toContain('Drones boven de wijk');
    });

    it('none: no heading', async () => {
      expect(paragraphsOf((await exported('internal')).document)).not.toContain('Eerdere adviezen');
    });
  });

  it('internal: one Dutch date format throughout, no ISO dates', async () => {
    const conflicts = [{ personId: adviceVersion().working.participants[2]!.personId, name: 'Sanne Visser', declaredOn: '2026-03-15', description: 'Buurvrouw van de leverancier', measure: 'neemt_deel_zonder_oordeel' as const }];
    const text = paragraphsOf((await exported('internal', adviceSource({ conflicts }))).document);
    expect(text.filter((line) => /\d{4}-\d{2}-\d{2}/.test(line))).toEqual([]);
    expect(text).toContain('Noor Hendriks (2 april 2026)');
  });

  it('internal: every declared conflict of interest with its date, interest and measure; the public version none', async () => {
    const conflicts = [
      { personId: adviceVersion().working.participants[2]!.personId, name: 'Sanne Visser', declaredOn: '2026-03-15', description: 'Buurvrouw van de leverancier', measure: 'neemt_deel_zonder_oordeel' as const },
      { personId: adviceVersion().working.participants[1]!.personId, name: 'Pieter de Boer', declaredOn: '2026-03-16', description: 'Eerder adviseur van de gemeente', measure: 'geen_gevolg' as const },
    ];
    const text = paragraphsOf((await exported('internal', adviceSource({ conflicts }))).document);
    expect(text).toContain('Gemelde belangen');
    const table = text.slice(text.indexOf('Gemelde belangen'));
    expect(table).toEqual(expect.arrayContaining(['Sanne Visser', '15 maart 2026', 'Buurvrouw van de leverancier', 'Neemt deel zonder oordeel']));
    expect(table).toEqual(expect.arrayContaining(['Pieter de Boer', '16 maart 2026', 'Eerder adviseur van de gemeente', 'Geen gevolg']));
    const publicText = paragraphsOf((await exported('public', adviceSource({ conflicts }))).document);
    expect(publicText).not.toContain('Gemelde belangen');
    expect(publicText.join(' ')).not.toContain('Buurvrouw');
  });

  it('core and custom properties carry the publication metadata; the document says it is Dutch', async () => {
    const { core, custom } = await exported('public');
    expect(core).toContain('<dc:title>Advies EA-2026-007: Slimme camera’s op het Stationsplein</dc:title>');
    expect(core).toContain('<dc:creator>Ethisch adviesorgaan</dc:creator>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(core).toMatch(/<cp:keywords>advies; ethiek; Camera’s en beeldanalyse; veiligheid; openbare ruimte<\/cp:keywords>/);
    expect(core).toContain('<dc:subject>Slimme camera’s op het Stationsplein</dc:subject>');
    // The advice's own date, not the moment of export.
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-02T09:00:00Z</dcterms:created>');
    for (const [name, value] of [
      ['Informatiecategorie', 'adviezen'],
      ['Informatiecategorie-TOOI', 'https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7'],
      ['Documentsoort-TOOI', 'https://identifier.overheid.nl/tooi/def/thes/kern/c_d506b718'],
      ['Documentsoort', 'advies (openbare versie)'],
      ['Thema', 'veiligheid; openbare ruimte'],
      ['Zaaknummer', 'EA-2026-007'],
      ['Classificatie', 'Openbaar'],
      ['Datum', '2026-04-02'],
    ]) {
      expect(custom).toContain(`name="${name}"><vt:lpwstr>${value}</vt:lpwstr>`);
    }
  });

  it('names the municipality as publisher and verantwoordelijke by its TOOI identifier', async () => {
    const publisher = { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363', name: 'Gemeente Amsterdam' };
    const { custom } = await unzipDocx(await buildAdviceDocument(modelOf('public'), defaultHouseStyle, new Date(), publisher));
    for (const name of ['Publisher', 'Verantwoordelijke']) {
      expect(custom).toContain(`name="${name}"><vt:lpwstr>Gemeente Amsterdam</vt:lpwstr>`);
      expect(custom).toContain(`name="${name}-TOOI"><vt:lpwstr>https://identifier.overheid.nl/tooi/id/gemeente/gm0363</vt:lpwstr>`);
    }
  });

  it('header with the reference, footer with page fields that carry a cached result', async () => {
    const { headers, footers } = await exported('public');
    expect(headers.join('')).toContain('Zaaknummer EA-2026-007');
    const footer = footers.join('');
    expect(footer).toMatch(/pagina <\/w:t>[\s\S]*<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>1<\/w:t><\/w:r><\/w:fldSimple>/);
    expect(footer).toMatch(/<w:fldSimple w:instr="NUMPAGES"><w:r><w:t[^>]*>1<\/w:t><\/w:r><\/w:fldSimple>/);
  });

  it('leaves out the header and footer parts when the house style shows nothing there', async () => {
    const style = { ...defaultHouseStyle, organisationName: '', referenceInHeader: false, pageNumbers: false, footerText: '' };
    const parts = await unzipDocx(await buildAdviceDocument(modelOf('public'), style));
    expect(parts.headers).toEqual([]);
    expect(parts.footers).toEqual([]);
    expect(parts.document).not.toContain('headerReference');
  });

  it('a logo in the header has its alt text', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const style = { ...defaultHouseStyle, logo: { mimeType: 'image/png' as const, base64: png, widthPx: 1, heightPx: 1, alt: 'Logo Gemeente Voorbeeldstad' } };
    const parts = await unzipDocx(await buildAdviceDocument(modelOf('public'), style));
    expect(parts.headers.join('')).toMatch(/<wp:docPr [^>]*descr="Logo Gemeente Voorbeeldstad"/);
    expect(parts.files.some((f) => f.startsWith('word/media/'))).toBe(true);
  });

  it('refuses a public version of a confidential case, and of an advice not issued', () => {
    expect(toAdviceExportModel(adviceSource({ caseRecord: caseRecord({ classification: 'vertrouwelijk' }) }), 'public')).toEqual({ ok: false, refusal: 'confidential_case' });
    expect(toAdviceExportModel(adviceSource({ caseRecord: caseRecord({ classification: 'vertrouwelijk' }) }), 'internal').ok).toBe(true);
    const draft = adviceSource();
    draft.version = { ...draft.version, status: 'draft', issuedAt: null };
    expect(toAdviceExportModel(draft, 'public')).toEqual({ ok: false, refusal: 'not_issued' });
  });

  it('names the process owner by role and department', () => {
    expect(processOwnerByRole('')).toBe('Proceseigenaar');
    expect(processOwnerByRole('Afdeling Wonen')).toBe('Proceseigenaar, Afdeling Wonen');
    expect(processOwnerByRole('Wonen')).toBe('Proceseigenaar, afdeling Wonen');
  });
});

describe('public advice without a people register', () => {
  it('still names participants and reviewers by role', async () => {
    const { document } = await exported('public', adviceSource({ people: [] }));
    for (const name of secretNames) expect(document).not.toContain(name);
    expect(document).toContain('Lid adviesorgaan wees op het risico van profilering; Externe ethische procesbegeleider op de meldingsdruk.');
  });
});
