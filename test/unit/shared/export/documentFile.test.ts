import { describe, expect, it } from 'vitest';
import { documentFileName, formatOfName, inFormat, saveDocumentRequest } from '@shared/export/documentFile';

describe('document file names', () => {
  it('know their format by the extension, in any case, and only with a name before it', () => {
    expect(formatOfName('advies-EA-2026-007-openbaar.docx')).toBe('docx');
    expect(formatOfName('ADVIES.PDF')).toBe('pdf');
    expect(formatOfName('.pdf')).toBeNull();
    expect(formatOfName('advies.odt')).toBe('odt');
    expect(formatOfName('advies.txt')).toBeNull();
  });

  it('name the PDF of a document as its Word file, with .pdf', () => {
    const word = documentFileName('advies', 'EA-2026-007', 'openbaar');
    expect(inFormat(word, 'pdf')).toBe('advies-EA-2026-007-openbaar.pdf');
    expect(inFormat('advies-EA-2026-007-openbaar.pdf', 'docx')).toBe('advies-EA-2026-007-openbaar.docx');
  });

  it('take a .json only when its bytes are a JSON object', () => {
    const bytes = (value: string) => new TextEncoder().encode(value);
    const accepts = (suggestedName: string, value: Uint8Array) => saveDocumentRequest.safeParse({ suggestedName, bytes: value }).success;
    expect(formatOfName('sjabloon.json')).toBe('json');
    expect(accepts('sjabloon.json', bytes('{"name": "Screening"}\n'))).toBe(true);
    expect(accepts('sjabloon.json', bytes('{"name": '))).toBe(false);
    expect(accepts('sjabloon.json', bytes('[1, 2]'))).toBe(false);
    expect(accepts('sjabloon.json', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toBe(false);
    expect(accepts('sjabloon.docx', bytes('{}'))).toBe(false);
  });

  it('take a .csv only as UTF-8 with its byte order mark, which Excel needs to read it as UTF-8', () => {
    const accepts = (value: string) => saveDocumentRequest.safeParse({ suggestedName: 'publicatieregister-2026-06-01.csv', bytes: new TextEncoder().encode(value) }).success;
    expect(formatOfName('publicatieregister.CSV')).toBe('csv');
    expect(accepts('\uFEFFZaaknummer;Onderwerp\r\n')).toBe(true);
    expect(accepts('Zaaknummer;Onderwerp\r\n')).toBe(false);
  });
});
