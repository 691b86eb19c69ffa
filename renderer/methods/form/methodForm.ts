import { z } from 'zod';
import {
  methodTemplateInputSchema,
  templateSectionSchema,
  type MethodTemplate,
  type MethodTemplateInput,
} from '@shared/methods/methodTemplate';
import { assignSectionKeys } from '../sectionKey';

/**
 * The stored template's rules, except that a section added in the form has no key ('') until it is saved;
 * with the version the edit starts from, kept in the form's draft so that an edit brought back in a later
 * session is still checked against the version it was typed on.
 */
export const methodFormSchema = methodTemplateInputSchema.extend({
  sections: z
    .array(templateSectionSchema.extend({ key: z.string() }))
    .min(1, { error: 'methods.validation.noSections' })
    .max(30, { error: 'methods.validation.tooManySections' }),
  base: z.number().int().positive(),
});
export type MethodFormValues = z.input<typeof methodFormSchema>;
export type ValidMethodForm = z.output<typeof methodFormSchema>;
export type SectionValues = MethodFormValues['sections'][number];

export const toFormValues = ({ name, description, sections, version }: MethodTemplate): MethodFormValues => ({
  name,
  description,
  sections: sections.map((section) => ({ ...section })),
  base: version,
});

export const blankSection = (): SectionValues => ({ key: '', title: '', help: '', kind: 'text' });

/** The edit as the next version; new sections get keys that no version of this template has used before. */
export function toTemplateInput({ base: _base, ...edit }: ValidMethodForm, versions: readonly MethodTemplate[]): MethodTemplateInput {
  const used = versions.flatMap((version) => version.sections.map((section) => section.key));
  return { ...edit, sections: assignSectionKeys(edit.sections, used) };
}

const content = ({ name, description, sections }: ValidMethodForm | MethodTemplate) =>
  JSON.stringify([name, description, sections.map(({ key, title, help, kind }) => [key, title, help, kind])]);

/** Saving this would only repeat the current version, which would make the history say something changed. */
export const isUnchanged = (edit: ValidMethodForm, current: MethodTemplate) => content(edit) === content(current);
