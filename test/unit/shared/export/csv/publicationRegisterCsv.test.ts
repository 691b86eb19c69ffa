import { describe, expect, it } from 'vitest';
import { buildPublicationRegisterCsv } from '@shared/export/csv/publicationRegisterCsv';
import { toPublicRegister } from '@shared/publication/publicModel';
import { digitsHash, publicFile, publishedAdvice } from '../../../../fixtures/export/publishedAdvices';
import { publicationSettings } from '../../../../fixtures/publication';
import { readCsvWithLibreOffice } from '../support/libreoffice';

const hash = 'ab'.repeat(32);

function registerCsv(): Uint8Array {
  const advices = [
    publishedAdvice(2, '2026-05-10', 'https://www.hengelo.nl/adviezen/ea-2026-002', [publicFile('advies-EA-2026-002-openbaar.pdf', hash)]),
    publishedAdvice(1, '2026-05-03', 'https://voorbeeld.nl/noor-hendriks', [
      publicFile('advies-EA-2026-001-openbaar.docx', digitsHash, '2026-05-02T10:00:00.000Z'),
      publicFile('publicatiepakket-EA-2026-001.zip', hash, '2026-05-03T08:00:00.000Z'),
    ]),
  ];
  return buildPublicationRegisterCsv(toPublicRegister(advices, publicationSettings(), '2026-06-01').register);
}

describe('the publication register as CSV', () => {
  it('LibreOffice Calc opens it as a table: a column per field, the title with its semicolon and quotes in one cell', { timeout: 120_000 }, async () => {
    const cells = await readCsvWithLibreOffice(registerCsv(), 'publicatieregister');
    expect(cells).toEqual([
      ['Zaaknummer', 'Onderwerp', 'Datum advies', 'Datum publicatie', 'Vindplaats', 'Bestand', 'Bestand gemaakt op', 'SHA-256'],
      ['EA-2026-001', 'Slimme camera’s; fase 1 "proef"', '2026-04-02', '2026-05-03', '', 'advies-EA-2026-001-openbaar.docx', '2026-05-02', digitsHash],
      ['EA-2026-001', 'Slimme camera’s; fase 1 "proef"', '2026-04-02', '2026-05-03', '', 'publicatiepakket-EA-2026-001.zip', '2026-05-03', hash],
      ['EA-2026-002', 'Slimme camera’s; fase 2 "proef"', '2026-04-02', '2026-05-10', 'https://www.hengelo.nl/adviezen/ea-2026-002', 'advies-EA-2026-002-openbaar.pdf', '2026-05-02', hash],
    ]);
  });
});
