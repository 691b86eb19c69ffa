import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { sha256Hex } from '@shared/backup/sha256';
import { startTable } from '@shared/backup/writeBackup';
import { buildZip } from '@shared/backup/zipWriter';

const encode = (text: string) => new TextEncoder().encode(text);

describe('startTable', () => {
  const records = [{ id: 'a', title: 'Zorg over “privacy” – ëën' }, { id: 'b', title: '🙂' }, { id: 'c', title: 'Plein' }];
  const packed = async (batches: (typeof records)[]) => {
    const packing = startTable('cases');
    for (const batch of batches) packing.add(batch);
    const table = await packing.end();
    return { table, json: unzipSync(buildZip([table.entry], new Date('2026-12-01T00:00:00Z')))['tables/cases.json']! };
  };

  it('writes batches as one JSON array in UTF-8, the bytes of JSON.stringify over all the records', async () => {
    const whole = encode(JSON.stringify(records));
    for (const batches of [[records], [records.slice(0, 1), records.slice(1)], [records.slice(0, 1), [], records.slice(1, 2), records.slice(2)]]) {
      const { table, json } = await packed(batches);
      expect(json).toEqual(whole);
      expect(table.count).toBe(3);
      expect(table.listed).toEqual({ path: 'tables/cases.json', bytes: whole.byteLength, sha256: await sha256Hex(whole) });
    }
  });

  it('writes an empty array for a table without records', async () => {
    const { table, json } = await packed([[]]);
    expect(new TextDecoder().decode(json)).toBe('[]');
    expect(table.count).toBe(0);
  });
});
