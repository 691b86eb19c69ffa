import { describe, expect, it } from 'vitest';
import { saveDocumentRequest } from '@shared/export/documentFile';
import { defaultScreeningTemplate } from '@shared/screening/defaultTemplate';
import { readTemplateFile, templateContent, templateFileName, writeTemplateFile } from '@shared/screening/templateFile';
import { screeningTemplateSchema, type ScreeningTemplate } from '@shared/screening/templateSchema';

/** The shipped template as a published version 3, with a changed question so the file is not just the default. */
function publishedVersion(): ScreeningTemplate {
  const template = screeningTemplateSchema.parse({ ...defaultScreeningTemplate(), version: 3, createdAt: '2026-03-01T10:00:00.000Z' });
  template.questions[0]!.text = 'Democratische besluitvorming: wie beslist er mee, en hoe “openbaar” is dat?';
  return template;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a screening template as a JSON file', () => {
  it('reads back as the same template: export, then import, gives what was exported', () => {
    const template = publishedVersion();
    const read = readTemplateFile(text(writeTemplateFile(template)));
    expect(read).toEqual({ ok: true, value: templateContent(template) });
  });

  it('holds the template without its identity, so an import becomes a new version', () => {
    const written = JSON.parse(text(writeTemplateFile(publishedVersion()))) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(['name', 'description', 'sections', 'questions', 'rules']);
  });

  it('is named after its version and passes the check main makes before saving', () => {
    const template = publishedVersion();
    expect(templateFileName(template)).toBe('screeningsjabloon-versie-3.json');
    expect(saveDocumentRequest.safeParse({ suggestedName: templateFileName(template), bytes: writeTemplateFile(template) }).success).toBe(true);
  });

  it('refuses text that is no JSON, and a JSON of another shape by where it goes wrong', () => {
    expect(readTemplateFile('{"name": ')).toEqual({ ok: false, refusals: [{ code: 'unreadable' }] });
    const wrong = readTemplateFile(JSON.stringify({ ...templateContent(publishedVersion()), questions: [] }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.refusals).toEqual([expect.objectContaining({ code: 'schema', path: 'questions' })]);
  });
});
