import { z } from 'zod';
import { technologyTypes } from '../cases/vocabulary';
import { optionalText, requiredText, timestampSchema } from '../util/schemaParts';
import { aiActClasses, codeSchema, consultLevels, screeningInstruments } from './templateSchema';

/** What the person says about the project before the questions; it carries over to a case. */
export const screeningProjectSchema = z.object({
  title: requiredText(200),
  /** Who fills in the screening: usually the project lead, who becomes the case's process owner. */
  filledInBy: requiredText(120),
  department: optionalText(120),
  description: optionalText(4000),
  /** The question for the board, if the person already has one; the case starts with it. */
  question: optionalText(4000),
  technology: z.enum(technologyTypes, { error: 'validation.choose' }),
});

export const screeningAnswerSchema = z.object({
  values: z.array(codeSchema).max(40),
  explanation: optionalText(2000),
});

export const screeningStatuses = ['inProgress', 'completed'] as const;
export type ScreeningStatus = (typeof screeningStatuses)[number];

/** The outcome as it was when the screening was completed, kept so lists filter without loading templates. */
export const screeningSummarySchema = z.object({
  consult: z.enum(consultLevels),
  aiActClass: z.enum(aiActClasses).nullable(),
  instruments: z.array(z.enum(screeningInstruments)).max(10),
});

export const screeningSchema = z.object({
  id: z.uuid(),
  /** The template version the screening was filled in with; it is always shown with that version. */
  templateId: z.string().min(1).max(60),
  templateVersion: z.number().int().positive(),
  project: screeningProjectSchema,
  answers: z.record(codeSchema, screeningAnswerSchema),
  status: z.enum(screeningStatuses),
  summary: screeningSummarySchema.nullable(),
  /** The case the screening became, if it did. */
  caseId: z.uuid().nullable(),
  /** The board account of the project lead who filled it in through the server; absent for a screening made in the app. */
  accountId: z.uuid().optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  completedAt: timestampSchema.nullable(),
});

export type ScreeningProject = z.output<typeof screeningProjectSchema>;
export type ScreeningProjectInput = z.input<typeof screeningProjectSchema>;
export type ScreeningAnswer = z.output<typeof screeningAnswerSchema>;
export type ScreeningSummary = z.output<typeof screeningSummarySchema>;
export type Screening = z.output<typeof screeningSchema>;

/** The selected values per question, as the branching engine reads them. */
export function answerValues(answers: Screening['answers']): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.values]));
}
