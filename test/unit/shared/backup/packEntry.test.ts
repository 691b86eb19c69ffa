import { describe, expect, it } from 'vitest';
import { toUtf8 } from '@shared/backup/packEntry';

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
});
