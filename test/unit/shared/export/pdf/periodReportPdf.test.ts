import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import type { ReportProgress } from '@shared/export/periodReport';
import { buildPeriodReportPdf } from '@shared/export/pdf/periodReportPdf';
import { toPublicPeriodReport } from '@shared/publication/publicModel';
import { secretNames } from '../../../../fixtures/export/adviceSource';
import { periodReportSource } from '../../../../fixtures/export/reportSources';
import { publicationSettings } from '../../../../fixtures/publication';
import { periodScreenings } from '../../../../fixtures/screening/screening';
import { bundledFonts, readWithPoppler, squashed } from './support/poppler';

const report = (count: number) => toPublicPeriodReport(periodReportSource(count), publicationSettings()).report;
const madeOn = new Date('2026-04-15T10:00:00Z');

describe('period report as PDF/A', () => {
  it('40 advices: tagged, fonts embedded, counts, overview and every advice, in order, under H1 to H4', { timeout: 120_000 }, async () => {
    const steps: ReportProgress[] = [];
    const bytes = await buildPeriodReportPdf(report(40), defaultHouseStyle, await bundledFonts(), { now: madeOn, onProgress: (p) => steps.push(p) });
    const { info, fonts, xmp, structure, text } = await readWithPoppler(bytes, 'rapportage', { structureText: false });
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Rapportage adviezen 1 januari 2026 tot en met 31 maart 2026');
    expect(fonts.filter((font) => !font.embedded || !font.unicode)).toEqual([]);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    const flat = squashed(text);
    expect(flat).toContain('Rapportage adviezen 1 januari 2026 – 31 maart 2026');
    expect(flat).toContain('Aantal uitgebrachte adviezen: 40');
    expect(flat).toContain('Wacht op conclusie 10');
    expect(flat).toContain('EA-2026-007 Vertrouwelijke casus');
    const advices = flat.indexOf('Adviezen EA-2026-001');
    expect(advices).toBeGreaterThan(flat.indexOf('Overzicht'));
    const positions = [1, 20, 40].map((n) => flat.indexOf(`EA-2026-${String(n).padStart(3, '0')} Casus ${n}`, advices));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The overview's header row repeats on the page the table continues on.
    expect(text.match(/Zaaknummer\s+Onderwerp\s+Uitgebracht/g)?.length).toBeGreaterThanOrEqual(2);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(flat).toContain(`pagina ${pages} van ${pages}`);
    const levels = [...structure.matchAll(/^\s*H(\d) \(block\)$/gm)].map((m) => Number(m[1]));
    expect(new Set(levels)).toEqual(new Set([1, 2, 3, 4]));
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    for (const name of secretNames) expect(flat).not.toContain(name);
    expect(steps[0]).toEqual({ done: 0, total: 40 });
    expect(steps.at(-1)).toEqual({ done: 40, total: 40 });
  });

  it('the screenings of the period, between the overview and the advices, a lead’s name replaced', { timeout: 120_000 }, async () => {
    const { report: withScreenings } = toPublicPeriodReport({ ...periodReportSource(2), screenings: periodScreenings() }, publicationSettings());
    const bytes = await buildPeriodReportPdf(withScreenings, defaultHouseStyle, await bundledFonts(), { now: madeOn });
    const { structure, text } = await readWithPoppler(bytes, 'rapportage-screenings', { structureText: false });
    const flat = squashed(text);
    const section = flat.indexOf('Screenings Afgeronde screenings: 5');
    expect(section).toBeGreaterThan(flat.indexOf('Overzicht'));
    expect(flat.indexOf('Adviezen EA-2026-001')).toBeGreaterThan(section);
    expect(flat).toContain('Daarvan niet als casus ingebracht: 3');
    expect(flat).toMatch(/Instrument Aantal DPIA \(AVG art\. 35\) 3/);
    expect(flat).toContain('Team van Projectleider');
    expect(flat).not.toContain('Joost Verhoeven');
    const levels = [...structure.matchAll(/^\s*H(\d) \(block\)$/gm)].map((m) => Number(m[1]));
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('stops with the signal’s reason when cancelled', async () => {
    const controller = new AbortController();
    const made = buildPeriodReportPdf(report(40), defaultHouseStyle, await bundledFonts(), {
      signal: controller.signal,
      onProgress: ({ done }) => done === 5 && controller.abort(),
    });
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
  });
});
