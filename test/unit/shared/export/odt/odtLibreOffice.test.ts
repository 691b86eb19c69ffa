import { describe, expect, it } from 'vitest';
import { buildAdviceOdt } from '@shared/export/odt/adviceOdt';
import { buildPeriodReportOdt } from '@shared/export/odt/periodReportOdt';
import { toPublicPeriodReport } from '@shared/publication/publicModel';
import { advice, adviceSource, adviceVersion, caseRecord, docOf, paragraph, secretNames } from '../../../../fixtures/export/adviceSource';
import { periodReportSource } from '../../../../fixtures/export/reportSources';
import { periodScreenings } from '../../../../fixtures/screening/screening';
import { publicationSettings } from '../../../../fixtures/publication';
import { readBack, readWithLibreOffice, squashed } from '../support/libreoffice';
import { amsterdam, houseStyle, publicAdvice } from './support';

/** One marker per field of the public model, so a field a writer forgets is named in the failure. */
const sentinels = {
  title: 'ZKTITEL Slimme camera’s',
  topicSummary: 'ZKSAMENVATTING',
  question: 'ZKVRAAG',
  working: 'ZKWERKWIJZE',
  considerations: 'ZKOVERWEGING',
  minorityView: 'ZKMINDERHEID',
  recommendation: 'ZKAANBEVELING',
  method: 'ZKMETHODE',
  meeting: 'ZKBIJEENKOMST',
  theme: 'ZKTHEMA',
  conclusion: 'ZKCONCLUSIE',
  followUp: 'ZKOPVOLGING',
  publicationUrl: 'https://www.amsterdam.nl/zkvindplaats',
} as const;

function sentinelSource() {
  const base = adviceVersion();
  return adviceSource({
    caseRecord: caseRecord({ title: sentinels.title, themes: [sentinels.theme] }),
    version: adviceVersion({
      sections: {
        ...base.sections,
        topicSummary: docOf(paragraph(sentinels.topicSummary)),
        question: docOf(paragraph(sentinels.question)),
        working: docOf(paragraph(sentinels.working)),
        considerations: docOf(paragraph(sentinels.considerations)),
        minorityView: docOf(paragraph(sentinels.minorityView)),
      },
      recommendations: [{ id: base.recommendations[0]!.id, text: docOf(paragraph(sentinels.recommendation)), direction: 'technology', confidential: false }],
      working: { ...base.working, methods: [sentinels.method], meetings: [{ ...base.working.meetings[0]!, title: sentinels.meeting }] },
    }),
    advice: advice({
      conclusion: { decision: 'adopted', reasons: sentinels.conclusion, receivedOn: '2026-04-20' },
      followUp: { discussedOn: '2026-05-01', decision: 'none', reReviewOn: null, note: sentinels.followUp },
      publication: { classificationChecked: true, publicSummary: '', publishedOn: '2026-04-22', url: sentinels.publicationUrl },
    }),
  });
}

describe.concurrent('a real reader: LibreOffice opens the ODT documents', () => {
  it('public advice: every field of the public model shows, nobody is named', { timeout: 120_000 }, async () => {
    const bytes = buildAdviceOdt(publicAdvice(sentinelSource()), houseStyle, amsterdam);
    const { text, pages, pngPath, info } = await readWithLibreOffice(bytes, 'advies-openbaar-odt', 'odt');
    const flat = squashed(text);
    for (const [field, sentinel] of Object.entries(sentinels)) expect(flat, field).toContain(sentinel);
    expect(flat).toContain('Gemeente Amsterdam Zaaknummer EA-2026-007');
    expect(flat).toContain('Gepubliceerd op: 22 april 2026');
    expect(flat).toContain(`pagina 1 van ${pages}`);
    expect(flat).toMatch(/1\. Technologie: ZKAANBEVELING/);
    for (const name of secretNames) expect(flat).not.toContain(name);
    expect(info).toMatch(/^Title:\s+Advies EA-2026-007: ZKTITEL/m);
    expect((await readBack(pngPath)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('period report', { timeout: 120_000 }, async () => {
    const { report } = toPublicPeriodReport({ ...periodReportSource(3), screenings: periodScreenings() }, publicationSettings());
    const { text, info } = await readWithLibreOffice(buildPeriodReportOdt(report, houseStyle), 'rapportage-odt', 'odt');
    const flat = squashed(text);
    expect(flat).toContain('Afgeronde screenings: 5');
    expect(flat).toMatch(/Risicoklasse Aantal Verboden AI-praktijk 0 Hoog risico 1/);
    expect(flat).toContain('Rapportage adviezen 1 januari 2026 – 31 maart 2026');
    expect(flat).toContain('Stand van de conclusie');
    expect(flat).toContain(report.entries[0]!.reference);
    expect(info).toMatch(/^Title:\s+Rapportage adviezen/m);
  });
});
