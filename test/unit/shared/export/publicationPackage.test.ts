import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPublicationPackage, packageFileName, publicAdviceFiles, readmeName } from '@shared/export/publicationPackage';
import { secretNames } from '../../../fixtures/export/adviceSource';
import { amsterdam, houseStyle, publicAdvice } from './odt/support';
import { validateDiwoo } from './support/xmllint';

const made = new Date('2026-04-25T10:00:00Z');

async function unpacked(extra: { kind: 'pdf'; name: string; bytes: Uint8Array }[] = []) {
  const advice = publicAdvice();
  const files = [...extra, ...(await publicAdviceFiles(advice, houseStyle, amsterdam, made))];
  return unzipSync(buildPublicationPackage(advice, amsterdam, files, made));
}

describe('publication package', () => {
  it('holds the readme, ODT, Word and the DiWoo metadata, which validates', async () => {
    const files = await unpacked();
    expect(Object.keys(files)).toEqual([readmeName, 'advies-EA-2026-007-openbaar.odt', 'advies-EA-2026-007-openbaar.docx', 'advies-EA-2026-007-diwoo.xml']);
    expect(strFromU8(files['advies-EA-2026-007-openbaar.odt']!.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(files['advies-EA-2026-007-openbaar.docx']!.subarray(0, 2))).toBe('PK');
    const xml = strFromU8(files['advies-EA-2026-007-diwoo.xml']!);
    expect((await validateDiwoo(xml)).valid).toBe(true);
    expect(xml).toContain('file-type/ODT');
    expect(packageFileName(publicAdvice())).toBe('publicatiepakket-EA-2026-007.zip');
  });

  it('the readme says what each file is and how to publish, and mentions a PDF only when there is one', async () => {
    const without = strFromU8((await unpacked())[readmeName]!);
    expect(without).toContain('Publicatiepakket advies EA-2026-007: Slimme camera’s op het Stationsplein\r\n');
    expect(without).toContain('- advies-EA-2026-007-openbaar.odt: het openbare advies als OpenDocument-tekst');
    expect(without).toContain('- advies-EA-2026-007-diwoo.xml: de metadata volgens de Woo-metadatastandaard DiWoo 0.9.8');
    expect(without).toContain('1. Plaats advies-EA-2026-007-openbaar.odt op de website');
    expect(without).toContain('2. Geef advies-EA-2026-007-diwoo.xml mee');
    expect(without).not.toContain('PDF/A,');
    expect(without).toContain('Er zit geen PDF in dit pakket.');
    const withPdf = strFromU8((await unpacked([{ kind: 'pdf', name: 'advies-EA-2026-007-openbaar.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }]))[readmeName]!);
    expect(withPdf).toContain('- advies-EA-2026-007-openbaar.pdf: het openbare advies als PDF/A');
    expect(withPdf).toContain('1. Plaats advies-EA-2026-007-openbaar.pdf op de website');
    expect(withPdf).not.toContain('Er zit geen PDF in dit pakket.');
    for (const name of secretNames) expect(without).not.toContain(name);
  });
});
