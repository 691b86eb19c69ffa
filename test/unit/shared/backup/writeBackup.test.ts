import { describe, expect, it } from 'vitest';
import { encodeTable, toUtf8 } from '@shared/backup/writeBackup';

const encode = (text: string) => new TextEncoder().encode(text);

describe('toUtf8', () => {
  it('gives the bytes TextEncoder gives, however many characters take more than one byte', () => {
    const texts = [
      '',
      'Camera op het plein',
      'Café’s en “reëel” beraad',
      'é'.repeat(500),
      '😀'.repeat(300),
      '👩🏽‍⚖️'.repeat(100),
      `${'a'.repeat(800)}${'€'.repeat(200)}`,
      `${'x'.repeat(1000)}😀`,
    ];
    for (const text of texts) expect(toUtf8(text), text.slice(0, 20)).toEqual(encode(text));
  });

  it('encodes a table as the UTF-8 of its JSON array', () => {
    const records = [{ id: 'a', title: 'Zorg over “privacy” – ëën' }, { id: 'b', title: '🙂' }];
    expect(encodeTable(records)).toEqual({ count: 2, json: encode(JSON.stringify(records)) });
  });
});
