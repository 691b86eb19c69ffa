import { describe, expect, it } from 'vitest';
import { documentFileName, formatOfName, inFormat } from '@shared/export/documentFile';

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
});
