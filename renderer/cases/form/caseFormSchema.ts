import type { z } from 'zod';
import { emptyDoc } from '@shared/cases/blankDoc';
import { caseInputSchema, richTextSchema, type Case, type CaseInput } from '@shared/cases/caseSchema';

/** The registration form: the case fields plus its first description. */
export const caseFormSchema = caseInputSchema.extend({ description: richTextSchema });
export type CaseFormValues = z.input<typeof caseFormSchema>;
export type ValidCaseForm = z.output<typeof caseFormSchema>;

export function blankCaseForm(today: string): CaseFormValues {
  return {
    title: '',
    question: '',
    processOwner: { name: '', department: '', contact: '' },
    requester: '',
    solicited: true,
    receivedOn: today,
    themes: [],
    technology: 'algoritme',
    values: [],
    instruments: [],
    classification: 'openbaar',
    description: emptyDoc,
  };
}

/** The editable fields of a stored case, picked by the schema so a new field cannot be forgotten here. */
export function caseToForm(existing: Case): CaseFormValues {
  const input = Object.fromEntries(
    Object.keys(caseInputSchema.shape).map((key) => [key, existing[key as keyof Case]]),
  ) as CaseInput;
  return { ...input, description: emptyDoc };
}
