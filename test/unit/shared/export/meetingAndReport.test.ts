import { describe, expect, it, vi } from 'vitest';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildMeetingDocument } from '@shared/export/meetingDocuments';
import { buildPeriodReport, inShort, reportCounts } from '@shared/export/periodReport';
import { toPeriodReportModel } from '@shared/export/periodReportModel';
import { toPublicPeriodReport } from '@shared/publication/publicModel';
import { confidentialText, secretNames } from '../../../fixtures/export/adviceSource';
import type { PeriodReportSource } from '@shared/export/periodReportModel';
import { meetingModel, periodAdvices, periodReportSource } from '../../../fixtures/export/reportSources';
import { publicationSettings } from '../../../fixtures/publication';
import { periodScreenings } from '../../../fixtures/screening/screening';
import { paragraphsOf, unzipDocx } from './support/docxParts';

const publicReport = (source: PeriodReportSource) => toPublicPeriodReport(source, publicationSettings()).report;

describe('meeting documents', () => {
  it('agenda: the items in a table with a repeating header row', async () => {
    const { document, custom } = await unzipDocx(await buildMeetingDocument(meetingModel(), 'agenda', defaultHouseStyle));
    const text = paragraphsOf(document);
    expect(text[0]).toBe('Agenda: Vergadering april');
    expect(text).toEqual(expect.arrayContaining(['14 april 2026, 14.00 uur', 'Stadhuis, kamer 2', 'EA-2026-007', 'Inkomensapp', '45']));
    expect(document).toContain('<w:tblHeader/>');
    expect(custom).toContain('<vt:lpwstr>agenda</vt:lpwstr>');
  });

  it('agenda and minutes name people: both say "Intern — niet openbaar" in header and footer', async () => {
    for (const kind of ['agenda', 'minutes'] as const) {
      const { headers, footers } = await unzipDocx(await buildMeetingDocument(meetingModel(), kind, defaultHouseStyle));
      expect(paragraphsOf(headers.join(''))).toContain('Intern — niet openbaar · Classificatie: Intern');
      expect(paragraphsOf(footers.join(''))).toContain('Intern — niet openbaar · Classificatie: Intern');
    }
  });

  it('minutes: attendance, record, notes and actions per item', async () => {
    const { document } = await unzipDocx(await buildMeetingDocument(meetingModel(), 'minutes', defaultHouseStyle));
    const text = paragraphsOf(document);
    expect(text[0]).toBe('Verslag: Vergadering april');
    expect(text).toEqual(
      expect.arrayContaining([
        'Noor Hendriks, Pieter de Boer',
        'Sanne Visser',
        '1. EA-2026-007 Slimme camera’s op het Stationsplein',
        'Reizigers — positief: veiliger gevoel',
        'Aantekening: de leverancier &amp; &lt;de&gt; gemeente overleggen.',
        'DPIA opvragen bij de leverancier',
        '2. EA-2026-008 Inkomensapp',
        'Niets vastgelegd bij dit agendapunt.',
      ]),
    );
  });
});

describe('period report', () => {
  it('counts per status and per follow-up, with zeros', () => {
    const { byStatus, byFollowUp } = reportCounts(toPeriodReportModel({ ...periodReportSource(0), advices: periodAdvices(8) }).entries);
    expect(Object.fromEntries(byStatus)).toEqual({ awaiting_conclusion: 2, adopted: 2, partly_adopted: 2, not_adopted: 2 });
    expect(Object.fromEntries(byFollowUp)).toEqual({ none: 2, college: 2, raad: 2, undecided: 2 });
  });

  it('lists every advice with summary, recommendations in short, conclusion and follow-up; confidential cases without content', async () => {
    const source = periodReportSource(8);
    const parts = await unzipDocx(await buildPeriodReport(publicReport(source), defaultHouseStyle));
    const text = paragraphsOf(parts.document);
    expect(text[0]).toBe('Rapportage adviezen 1 januari 2026 – 31 maart 2026');
    for (let n = 1; n <= 8; n++) expect(parts.document).toContain(`EA-2026-00${n}`);
    expect(text).toContain('Onderwerp van casus 1: tellen van passanten met sensoren.');
    expect(text).toContain('Beperk de analyse tot geaggregeerde tellingen, zonder gezichtsherkenning.');
    expect(text).toContain('EA-2026-007 Vertrouwelijke casus');
    expect(text).toContain('Vertrouwelijk advies: de inhoud is niet in dit overzicht opgenomen.');
    expect(parts.document).not.toContain('Casus 7: sensoren');
    expect(text).toEqual(expect.arrayContaining(['Wacht op conclusie', 'Nog niet besproken', 'Vervolg door de raad']));
    for (const name of secretNames) expect(parts.document).not.toContain(name);
    expect(parts.document).not.toContain(confidentialText);
    expect(parts.custom).toContain('<vt:lpwstr>2026-01-01/2026-03-31</vt:lpwstr>');
  });

  it('counts the screenings of the period: outcomes, cases, instruments, AI Act classes and departments', async () => {
    const { document } = await unzipDocx(await buildPeriodReport(publicReport({ ...periodReportSource(2), screenings: periodScreenings() }), defaultHouseStyle));
    const text = paragraphsOf(document);
    const section = text.slice(text.indexOf('Screenings'), text.indexOf('Adviezen'));
    expect(section.slice(0, 5)).toEqual([
      'Screenings',
      'Afgeronde screenings: 5',
      'Daarvan als casus bij het adviesorgaan: 2 (40%)',
      'Daarvan niet als casus ingebracht: 3',
      'Nog niet afgeronde screenings: 1',
    ]);
    const row = (...cells: string[]) => expect(section.join('|')).toContain(cells.join('|'));
    row('Adviesorgaan raadplegen', 'Aantal', 'Ja', '2', 'Aanbevolen', '1', 'Nee', '2');
    row('Instrument', 'Aantal', 'DPIA (AVG art. 35)', '3', 'DEDA', '0', 'IAMA', '1', 'Registratie in het algoritmeregister', '1');
    row('Risicoklasse', 'Aantal', 'Verboden AI-praktijk', '0', 'Hoog risico', '1', 'Transparantieverplichtingen', '1', 'Minimaal risico', '1', 'Geen AI-systeem', '2');
    row('Sociaal Domein', '2', '2', '0');
    row('Geen afdeling opgegeven', '1', '0', '1');
  });

  it('shows no project lead and no address that a screening’s department names', async () => {
    const { document } = await unzipDocx(await buildPeriodReport(publicReport({ ...periodReportSource(0), screenings: periodScreenings() }), defaultHouseStyle));
    const text = paragraphsOf(document);
    expect(document).not.toContain('Joost Verhoeven');
    expect(document).not.toContain('wijkteam@voorbeeldstad.nl');
    expect(text).toContain('Team van Projectleider');
    expect(text).toContain('Openbare ruimte, [e-mailadres]');
  });

  it('says when no screening was completed in the period, without empty tables', async () => {
    const text = paragraphsOf((await unzipDocx(await buildPeriodReport(publicReport(periodReportSource(1)), defaultHouseStyle))).document);
    expect(text).toContain('In deze periode is geen screening afgerond.');
    expect(text).toContain('Afgeronde screenings: 0');
    expect(text).not.toContain('Risicoklasse');
  });

  it('reports progress per advice and stops when cancelled', async () => {
    const onProgress = vi.fn();
    await buildPeriodReport(publicReport(periodReportSource(5)), defaultHouseStyle, { onProgress });
    expect(onProgress.mock.calls.map(([p]) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);

    const controller = new AbortController();
    const cancelAtTwo = vi.fn(({ done }: { done: number }) => done === 2 && controller.abort(new Error('geannuleerd')));
    await expect(buildPeriodReport(publicReport(periodReportSource(5)), defaultHouseStyle, { onProgress: cancelAtTwo, signal: controller.signal })).rejects.toThrow('geannuleerd');
    expect(cancelAtTwo).toHaveBeenCalledTimes(3);
  });

  it('an empty period still makes a valid report that says so', async () => {
    const { document } = await unzipDocx(await buildPeriodReport(publicReport(periodReportSource(0)), defaultHouseStyle));
    expect(paragraphsOf(document)).toContain('In deze periode zijn geen adviezen uitgebracht.');
  });

  it('names the number of advices in the document properties, one in the singular', async () => {
    expect((await unzipDocx(await buildPeriodReport(publicReport(periodReportSource(1)), defaultHouseStyle))).core).toContain('1 advies met conclusie en opvolging');
    expect((await unzipDocx(await buildPeriodReport(publicReport(periodReportSource(2)), defaultHouseStyle))).core).toContain('2 adviezen met conclusie en opvolging');
  });

  it('shortens recommendations at a word', () => {
    expect(inShort('kort')).toBe('kort');
    const long = inShort('woord '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(201);
    expect(long.endsWith('woord…')).toBe(true);
  });
});
