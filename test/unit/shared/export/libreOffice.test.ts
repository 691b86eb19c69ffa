import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import { toAdviceExportModel, type AdviceVariant } from '@shared/export/adviceExportModel';
import { defaultHouseStyle } from '@shared/export/houseStyle';
import { adviceSource, confidentialText, secretNames } from '../../../fixtures/export/adviceSource';
import { keepDocx, readBack, readWithLibreOffice, squashed } from './support/libreoffice';

async function advice(variant: AdviceVariant): Promise<Uint8Array> {
  const result = toAdviceExportModel(adviceSource(), variant);
  if (!result.ok) throw new Error(result.refusal);
  return buildAdviceDocument(result.model, defaultHouseStyle);
}

describe('a real reader: LibreOffice opens the documents and shows what they should', () => {
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
});
