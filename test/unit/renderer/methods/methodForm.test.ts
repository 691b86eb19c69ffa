import { describe, expect, it } from 'vitest';
import { methodTemplateInputSchema, methodTemplateSchema, type MethodTemplate } from '@shared/methods/methodTemplate';
import {
  blankSection,
  isUnchanged,
  methodFormSchema,
  toFormValues,
  toTemplateInput,
  type MethodFormValues,
} from '../../../../renderer/methods/form/methodForm';
import { testTemplate } from '../../../fixtures/methods';

const version = (n: number, sections = testTemplate.sections): MethodTemplate =>
  methodTemplateSchema.parse({ ...testTemplate, sections, version: n, createdAt: '2026-03-01T10:00:00.000Z' });
const parse = (values: MethodFormValues) => methodFormSchema.parse(values);

describe('method form', () => {
  it('turns an edit into the next version’s input: new sections get fresh keys, existing keys stay', () => {
    const v1 = version(1, [...testTemplate.sections, { key: 'waarden', title: 'Waarden', help: '', kind: 'list' }]);
    const v2 = version(2);
    const values = toFormValues(v2);
    values.sections[0]!.title = 'Casus en context';
    values.sections.push({ ...blankSection(), title: 'Waarden', kind: 'list' });
    const input = toTemplateInput(parse(values), [v1, v2]);
    expect(input.sections.map((s) => [s.key, s.title])).toEqual([
      ['context', 'Casus en context'],
      ['actors', 'Actoren'],
      ['options', 'Handelingsopties'],
      ['waarden2', 'Waarden'],
    ]);
    expect(methodTemplateInputSchema.safeParse(input).success).toBe(true);
    // The version the edit started from is the form's, for the save's check; it is not part of the next version.
    expect(values.base).toBe(2);
    expect(input).not.toHaveProperty('base');
  });

  it('tells an untouched form from a changed one', () => {
    const current = version(1);
    expect(isUnchanged(parse(toFormValues(current)), current)).toBe(true);
    const renamed = toFormValues(current);
    renamed.sections[1]!.title = 'Betrokkenen';
    expect(isUnchanged(parse(renamed), current)).toBe(false);
    const reordered = toFormValues(current);
    reordered.sections.reverse();
    expect(isUnchanged(parse(reordered), current)).toBe(false);
    const added = toFormValues(current);
    added.sections.push({ ...blankSection(), title: 'Nieuw' });
    expect(isUnchanged(parse(added), current)).toBe(false);
  });

  it('reports a section without a title and a method without sections with Dutch locale keys', () => {
    const values = toFormValues(version(1));
    values.sections.push(blankSection());
    const untitled = methodFormSchema.safeParse(values);
    expect(untitled.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['sections.3.title', 'validation.required']]);
    const empty = methodFormSchema.safeParse({ ...values, sections: [] });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['methods.validation.noSections']);
  });
});
