import type { z } from 'zod';
import { caseInputSchema, emptyDoc, richTextSchema, type Case, type CaseInput } from '@shared/cases/caseSchema';

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

export function caseToForm(existing: Case): CaseFormValues {
  const input: CaseInput = {
    title: existing.title,
    question: existing.question,
    processOwner: existing.processOwner,
    requester: existing.requester,
    solicited: existing.solicited,
    receivedOn: existing.receivedOn,
    themes: existing.themes,
    technology: existing.technology,
    values: existing.values,
    instruments: existing.instruments,
    classification: existing.classification,
  };
  return { ...input, description: emptyDoc };
}
