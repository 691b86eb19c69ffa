import { describe, expect, it } from 'vitest';
import { adviceSource, caseRecord } from '../fixtures/export/adviceSource';
import { publicFile } from '../fixtures/export/publishedAdvices';
import { putRecords } from './actions/seed';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

const fingerprint = 'c0ffee'.padEnd(64, '9');

describe('publication register export', () => {
  it('saves every published advice with its file and fingerprint as a CSV for Excel, with no name in it', async () => {
    const page = await session.newProfile().open();
    const base = adviceSource();
    // The process owner, named in the title, is someone the public register must not show.
    const source = adviceSource({
      caseRecord: caseRecord({ title: `Camera’s op verzoek van ${base.caseRecord.processOwner.name}` }),
      advice: { ...base.advice!, publication: { classificationChecked: true, publicSummary: '', publishedOn: '2026-05-03', url: 'https://www.rijksoverheid.nl/adviezen/ea-2026-007' } },
    });
    await putRecords(page, 'cases', [source.caseRecord]);
    await putRecords(page, 'advices', [source.advice!]);
    await putRecords(page, 'adviceVersions', [source.version]);
    const file = publicFile('advies-EA-2026-007-openbaar.pdf', fingerprint);
    await putRecords(page, 'publicationRecords', [{ versionId: source.version.id, caseId: source.caseRecord.id, decisions: [], exports: [file], updatedAt: file.at }]);

    await page.getByRole('link', { name: 'Adviezen' }).click();
    const { name, bytes } = await session.download(page, () => page.getByRole('button', { name: 'Publicatieregister exporteren (.csv)' }).click());
    expect(name).toMatch(/^publicatieregister-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByText(`${name} is gedownload.`).waitFor();

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFZaaknummer;Onderwerp;')).toBe(true);
    const row = text.split('\r\n')[1]!.split(';');
    expect(row).toEqual([
      'EA-2026-007',
      'Camera’s op verzoek van Proceseigenaar',
      '2026-04-02',
      '2026-05-03',
      'https://www.rijksoverheid.nl/adviezen/ea-2026-007',
      'advies-EA-2026-007-openbaar.pdf',
      '2026-05-02',
      fingerprint,
    ]);
    expect(text).not.toContain(base.caseRecord.processOwner.name);
  });
});
