import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipEntries, type ZipEntryInfo } from '@shared/backup/zipReader';
import { buildZip, deflatedEntry, storedEntry } from '@shared/backup/zipWriter';

const encoder = new TextEncoder();
const json = encoder.encode(JSON.stringify(Array.from({ length: 800 }, (_, i) => ({ id: i, text: `Notitie ${i} over het plein 👩🏽‍⚖️` }))));
const mtime = new Date('2026-11-22T12:00:00Z');
const admitAll = () => true;

/** A zip as our backups are made: deflated tables, an empty entry, a stored attachment. */
async function backupLikeZip(): Promise<Uint8Array> {
  const deflated = await Promise.all([deflatedEntry('tables/cases.json', json), deflatedEntry('tables/empty.json', new Uint8Array(0))]);
  return buildZip([...deflated, storedEntry('attachments/file', new Uint8Array([0, 255, 37, 80]))], mtime);
}

/** Sets the uncompressed size the central directory declares for the first entry. */
function declareFirstSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i < copy.length - 46; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      return copy;
    }
  }
  throw new Error('no central directory');
}

describe('unzipEntries', () => {
  it('gives what fflate gives, for our own zips and for those of other writers', async () => {
    const others = zipSync({ 'tables/a.json': json, 'naïef.txt': strToU8('tekst'), 'leeg/': new Uint8Array(0) }, { mtime, level: 9 });
    for (const zip of [await backupLikeZip(), others]) expect(await unzipEntries(zip, admitAll)).toEqual(unzipSync(zip));
  });

  it('shows every entry with its declared size to admit first, and inflates only what it admits', async () => {
    const seen: ZipEntryInfo[] = [];
    const files = await unzipEntries(await backupLikeZip(), (entry) => (seen.push(entry), entry.name !== 'tables/cases.json'));
    expect(seen.map(({ name, originalSize }) => [name, originalSize])).toEqual([
      ['tables/cases.json', json.byteLength],
      ['tables/empty.json', 0],
      ['attachments/file', 4],
    ]);
    expect(Object.keys(files)).toEqual(['tables/empty.json', 'attachments/file']);
  });

  it('refuses an entry that inflates to more than it declares, or to less, and data that does not inflate', async () => {
    const zip = await backupLikeZip();
    await expect(unzipEntries(declareFirstSize(zip, 1000), admitAll)).rejects.toThrow();
    await expect(unzipEntries(declareFirstSize(zip, json.byteLength + 1), admitAll)).rejects.toThrow();
    const broken = zip.slice();
    broken.fill(0xff, 40, 80);
    await expect(unzipEntries(broken, admitAll)).rejects.toThrow();
  });

  it('refuses what is no zip', async () => {
    const zip = await backupLikeZip();
    for (const bytes of [new Uint8Array(0), strToU8('Dit is geen back-up.'), zip.slice(0, zip.length >> 1)]) await expect(unzipEntries(bytes, admitAll)).rejects.toThrow();
  });
});
