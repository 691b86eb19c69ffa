import { z } from 'zod';
import { optionalText, requiredText, timestampSchema } from '../util/schemaParts';

/**
 * How a section of a structured deliberation record is filled in:
 * - text: free text (plain, multi-line);
 * - list: short entries, one per line of thought;
 * - actors: each actor with positive and negative effects and the values beneath them;
 * - options: options for action in three directions (technology, environment, user).
 */
export const sectionKinds = ['text', 'list', 'actors', 'options'] as const;

export const templateSectionSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { error: 'validation.sectionKey' }),
  title: requiredText(120),
  help: optionalText(1000),
  kind: z.enum(sectionKinds),
});

export const methodTemplateInputSchema = z.object({
  name: requiredText(120),
  description: optionalText(2000),
  sections: z
    .array(templateSectionSchema)
    .min(1, { error: 'validation.chooseOne' })
    .max(30)
    .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, {
      error: 'validation.duplicateSection',
    }),
});

/**
 * Templates are data, versioned: a change makes a new version and older
 * versions stay, because records keep the version they were written with.
 */
export const methodTemplateSchema = methodTemplateInputSchema.extend({
  id: z.string().min(1).max(60),
  version: z.number().int().positive(),
  createdAt: timestampSchema,
});

export type TemplateSection = z.infer<typeof templateSectionSchema>;
export type MethodTemplateInput = z.input<typeof methodTemplateInputSchema>;
export type MethodTemplate = z.output<typeof methodTemplateSchema>;
export type TemplateRef = Pick<MethodTemplate, 'id' | 'version'>;

export const defaultMethodId = 'begeleidingsethiek';

/** The newest version of every template. */
export function latestVersions(templates: readonly MethodTemplate[]): MethodTemplate[] {
  const latest = new Map<string, MethodTemplate>();
  for (const template of templates) {
    const known = latest.get(template.id);
    if (!known || template.version > known.version) latest.set(template.id, template);
  }
  return [...latest.values()];
}

/** The next version of a template after an edit; the previous version is left as it was. */
export function nextVersion(current: MethodTemplate, edit: MethodTemplateInput, now: Date): MethodTemplate {
  return methodTemplateSchema.parse({ ...edit, id: current.id, version: current.version + 1, createdAt: now.toISOString() });
}
