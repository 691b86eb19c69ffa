import { describe, expect, it } from 'vitest';
import { attachmentMimeType, checkAttachment } from '@shared/cases/attachments';

describe('attachment types', () => {
  it('knows documents and raster images by extension, whatever the case', () => {
    expect(attachmentMimeType('DPIA.PDF')).toBe('application/pdf');
    expect(attachmentMimeType('plan.v2.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(attachmentMimeType('foto.jpeg')).toBe('image/jpeg');
  });

  it('refuses types that can run script, names without an extension, and dotfiles', () => {
    for (const name of ['logo.svg', 'pagina.html', 'pagina.htm', 'setup.exe', 'pdf', '.pdf', 'archief.zip']) {
      expect(attachmentMimeType(name)).toBeNull();
    }
  });

  it('checks type, emptiness and size in that order', () => {
    expect(checkAttachment({ name: 'a.svg', size: 0 }, 10)).toEqual({ reason: 'type' });
    expect(checkAttachment({ name: 'a.pdf', size: 0 }, 10)).toEqual({ reason: 'empty' });
    expect(checkAttachment({ name: 'a.pdf', size: 3 * 1024 * 1024 }, 2 * 1024 * 1024)).toEqual({ reason: 'size', limitMb: 2 });
    expect(checkAttachment({ name: 'a.pdf', size: 10 }, 10)).toBeNull();
  });
});
