import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { toInternalAdvice, type AdviceVariant } from '@shared/export/adviceExportModel';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildMeetingDocument } from '@shared/export/meetingDocuments';
import { buildPeriodReport } from '@shared/export/periodReport';
import { toPublicAdvice, toPublicPeriodReport } from '@shared/publication/publicModel';
import { adviceSource, caseRecord, confidentialText, secretNames } from '../../../fixtures/export/adviceSource';
import { meetingModel, periodReportSource } from '../../../fixtures/export/reportSources';
import { publicationSettings } from '../../../fixtures/publication';
import { periodScreenings } from '../../../fixtures/screening/screening';
import { keepDocx, readBack, readWithLibreOffice, squashed } from './support/libreoffice';

async function advice(variant: AdviceVariant): Promise<Uint8Array> {
  if (variant === 'internal') return buildAdviceDocument(toInternalAdvice(adviceSource()), defaultHouseStyle);
  const result = toPublicAdvice(adviceSource(), publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return buildAdviceDocument(result.advice, defaultHouseStyle);
}

describe.concurrent('a real reader: LibreOffice opens the documents and shows what they should', () => {
  it('public advice', { timeout: 120_000 }, async () => {
    const bytes = await advice('public');
    await keepDocx(bytes, 'advies-openbaar');
    const { text, pages, pngPath } = await readWithLibreOffice(bytes, 'advies-openbaar');
    const flat = squashed(text);
    expect(flat).toContain('Advies: Slimme camera’s op het Stationsplein');
    expect(flat).toContain('Zaaknummer EA-2026-007');
    expect(flat).toContain('groepsvorming & onrust <na 22 uur>');
    expect(flat).toMatch(/1\. Technologie: Beperk de analyse/);
    expect(flat).toMatch(/2\. Omgeving: Leg vast wie/);
    expect(flat).toContain(`pagina 1 van ${pages}`);
    for (const name of secretNames) expect(flat).not.toContain(name);
    expect(flat).not.toContain(confidentialText);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect((await readBack(pngPath)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('internal advice', { timeout: 120_000 }, async () => {
    const bytes = await advice('internal');
    await keepDocx(bytes, 'advies-intern');
    const { text, pages } = await readWithLibreOffice(bytes, 'advies-intern');
    const flat = squashed(text);
    expect(flat).toContain('Noor Hendriks wees op het risico');
    expect(flat).toContain('Aanwezig: Noor Hendriks, Pieter de Boer');
    expect(flat).toContain(confidentialText);
    expect(flat).toContain(`pagina ${pages} van ${pages}`);
  });

  it('a title of two lines: the second line sits under the first, not on it; the internal marking shows', { timeout: 120_000 }, async () => {
    const title = 'Slimme camera’s op het Stationsplein, de Markt en alle looproutes naar het nieuwe busstation';
    const bytes = await buildAdviceDocument(toInternalAdvice(adviceSource({ caseRecord: caseRecord({ title }) })), defaultHouseStyle);
    await keepDocx(bytes, 'advies-lange-titel');
    const { text, firstPageLines } = await readWithLibreOffice(bytes, 'advies-lange-titel');
    const first = firstPageLines.findIndex((line) => line.text.startsWith('Advies: Slimme'));
    expect(first).toBeGreaterThanOrEqual(0);
    const [one, two] = [firstPageLines[first]!, firstPageLines[first + 1]!];
    // The title wraps, and reads on in order on the next line.
    expect(one.text.length).toBeLessThan(`Advies: ${title}`.length);
    expect(squashed(`${one.text} ${two.text}`)).toContain(squashed(`Advies: ${title}`).slice(0, one.text.length + 10));
    expect(two.yMin).toBeGreaterThanOrEqual(one.yMax - 1);
    expect(squashed(text)).toContain('Intern — niet openbaar · Classificatie: Intern');
  });

  it('period report of 40 advices and the period’s screenings', { timeout: 120_000 }, async () => {
    const source = { ...periodReportSource(40), screenings: periodScreenings() };
    const bytes = await buildPeriodReport(toPublicPeriodReport(source, publicationSettings()).report, defaultHouseStyle);
    await keepDocx(bytes, 'rapportage');
    const { text, pages } = await readWithLibreOffice(bytes, 'rapportage');
    const flat = squashed(text);
    expect(flat).toContain('Rapportage adviezen 1 januari 2026 – 31 maart 2026');
    expect(flat).toContain('Aantal uitgebrachte adviezen: 40');
    expect(flat).toContain('Wacht op conclusie 10');
    for (const n of [1, 20, 40]) expect(flat).toContain(`EA-2026-${String(n).padStart(3, '0')}`);
    expect(flat).toContain('EA-2026-007 Vertrouwelijke casus');
    expect(flat).toContain('Daarvan als casus bij het adviesorgaan: 2 (40%)');
    expect(flat).toMatch(/Adviesorgaan raadplegen Aantal Ja 2 Aanbevolen 1 Nee 2/);
    // The overview table repeats its header row on the page it continues on.
    expect(text.match(/Zaaknummer\s+Onderwerp\s+Uitgebracht/g)?.length).toBeGreaterThanOrEqual(2);
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(40);
    expect(flat).toContain(`pagina ${pages} van ${pages}`);
  });

  it('agenda and minutes', { timeout: 120_000 }, async () => {
    const agenda = await buildMeetingDocument(meetingModel(), 'agenda', defaultHouseStyle);
    const minutes = await buildMeetingDocument(meetingModel(), 'minutes', defaultHouseStyle);
    await Promise.all([keepDocx(agenda, 'agenda'), keepDocx(minutes, 'verslag')]);
    const [a, m] = await Promise.all([readWithLibreOffice(agenda, 'agenda'), readWithLibreOffice(minutes, 'verslag')]);
    expect(squashed(a.text)).toMatch(/1 EA-2026-007 Slimme camera’s op het Stationsplein Begeleidingsethiek 45/);
    expect(a.pages).toBe(1);
    expect(squashed(m.text)).toContain('Aantekening: de leverancier & <de> gemeente overleggen.');
    expect(squashed(m.text)).toContain('DPIA opvragen bij de leverancier');
    expect(m.pages).toBe(1);
  });
});
