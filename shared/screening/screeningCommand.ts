import { z } from 'zod';
import { screeningCommandRefusals, type ScreeningCommandRefusal } from './screeningCommandRefusals';
import { firstUnanswered } from './branching';
import { decideOutcome, toSummary } from './outcome';
import { answerValues, screeningSchema, type Screening } from './screeningSchema';
import { screeningTemplateSchema, type ScreeningTemplate } from './templateSchema';
import type { Result } from '../util/result';

/**
 * A project lead's screenings reach the board through these server commands:
 * a project lead receives no document of the board (shared/accounts/documentAccess),
 * so the server reads the published templates for them and writes their
 * screenings into the board's document as the signed-in account.
 */
export const screeningPaths = {
  /** GET: the newest version of every template, to fill in a new screening with. */
  templates: '/beraad/screening-templates',
  /** GET: the caller's own screenings; POST: creates or saves one of them. */
  screenings: '/beraad/screenings',
} as const;

export const screeningTemplateListSchema = z.object({ templates: z.array(screeningTemplateSchema).max(100) });
export const screeningListSchema = z.object({ screenings: z.array(screeningSchema).max(10_000) });

export const screeningSaveAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), screening: screeningSchema }),
  z.object({ ok: z.literal(false), reasons: z.array(z.enum(screeningCommandRefusals)).min(1).max(4) }),
]);
export type ScreeningSaveAnswer = z.infer<typeof screeningSaveAnswerSchema>;

/**
 * A project lead's screening as the board keeps it: theirs (`accountId`),
 * answered only with options of its own template version, never linked to a
 * case by them, and with the outcome the server works out itself when it is
 * completed. `existing` is what the board holds under the same id, if anything;
 * whose it is, is the caller's check.
 */
export function checkScreeningSave(
  submitted: Screening,
  existing: Screening | null,
  template: ScreeningTemplate | null,
  accountId: string,
  at: Date,
): Result<Screening, ScreeningCommandRefusal> {
  if (template === null) return { ok: false, refusals: ['unknown_template'] };
  if (existing?.caseId) return { ok: false, refusals: ['already_case'] };
  const questions = new Map(template.questions.map((question) => [question.id, question]));
  const valid = Object.entries(submitted.answers).every(([questionId, answer]) => {
    const question = questions.get(questionId);
    if (!question) return false;
    const known = new Set(question.options.map((option) => option.value));
    return answer.values.every((value) => known.has(value)) && (question.kind === 'multiple' || answer.values.length === 1);
  });
  if (!valid) return { ok: false, refusals: ['invalid_answer'] };
  const completed = submitted.status === 'completed';
  if (completed && firstUnanswered(template, answerValues(submitted.answers))) return { ok: false, refusals: ['unanswered'] };
  const now = at.toISOString();
  return {
    ok: true,
    value: {
      ...submitted,
      accountId,
      caseId: null,
      summary: completed ? toSummary(decideOutcome(template, answerValues(submitted.answers))) : null,
      completedAt: completed ? (existing?.completedAt ?? submitted.completedAt ?? now) : null,
      createdAt: existing?.createdAt ?? submitted.createdAt,
      updatedAt: now,
    },
  };
}
