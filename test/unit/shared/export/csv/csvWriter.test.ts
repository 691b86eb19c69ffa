import { describe, expect, it } from 'vitest';
import { writeCsv } from '@shared/export/csv/csvWriter';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('a CSV as Dutch Excel opens it', () => {
  it('starts with the UTF-8 byte order mark, separates by semicolons and ends lines with CR LF', () => {
    const bytes = writeCsv([
      ['Zaaknummer', 'Onderwerp'],
      ['EA-2026-001', 'Camera’s'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toBe('\uFEFFZaaknummer;Onderwerp\r\nEA-2026-001;Camera’s\r\n');
  });

  it('quotes a cell with a semicolon, a quote or a line break, the quote doubled', () => {
    expect(text(writeCsv([['a;b', 'zei "ja"', 'twee\nregels', 'gewoon']]))).toBe('\uFEFF"a;b";"zei ""ja""";"twee\nregels";gewoon\r\n');
  });

  it('makes a cell a spreadsheet would run as a formula plain text', () => {
    expect(text(writeCsv([['=HYPERLINK("x")', '+31', '-1', '@SUM(A1)', 'a=b']]))).toBe('\uFEFF"\'=HYPERLINK(""x"")";\'+31;\'-1;\'@SUM(A1);a=b\r\n');
  });
});
