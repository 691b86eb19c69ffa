import { documentFileNameAs } from '../export/documentFile';
import type { Result } from '../util/result';
import { screeningTemplateInputSchema, type ScreeningTemplate, type ValidTemplateInput } from './templateSchema';
import { checkTemplate, type TemplateProblem } from './templateValidation';

/** Why a file is not taken into the editor: no JSON at all, or not a template's shape. */
export type TemplateFileProblem = { code: 'unreadable' } | TemplateProblem;

/** What a version carries into a file or an edit: everything but its identity, so it can become a new version anywhere. */
export const templateContent = ({ name, description, sections, questions, rules }: ScreeningTemplate): ValidTemplateInput =>
  structuredClone({ name, description, sections, questions, rules });

/** "screeningsjabloon-versie-3.json". */
export const templateFileName = (template: Pick<ScreeningTemplate, 'version'>): string => documentFileNameAs('json', 'screeningsjabloon', 'versie', String(template.version));

/** The file as docs/screening-template.schema.json describes it, in UTF-8, indented so a person can read and edit it. */
export function writeTemplateFile(template: ScreeningTemplate): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(templateContent(template), null, 2)}\n`);
}

/**
 * A file's text as a template to edit. Only the shape is checked here; what
 * publishing checks beyond it (references, cycles, reachability) is shown
 * when the secretary publishes, naming the question.
 */
export function readTemplateFile(text: string): Result<ValidTemplateInput, TemplateFileProblem> {
  let read: unknown;
  try {
    read = JSON.parse(text);
  } catch {
    return { ok: false, refusals: [{ code: 'unreadable' }] };
  }
  const parsed = screeningTemplateInputSchema.safeParse(read);
  if (parsed.success) return { ok: true, value: parsed.data };
  const checked = checkTemplate(read);
  return checked.ok ? { ok: true, value: checked.value } : checked;
}
