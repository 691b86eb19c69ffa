import { z } from 'zod';
import { instrumentKinds } from '../cases/vocabulary';
import { optionalText, requiredText, timestampSchema } from '../util/schemaParts';

/** Identifiers of questions, options and rules: stable codes that answers and conditions refer to. */
export const codeSchema = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,59}$/, { error: 'validation.sectionKey' });

/**
 * When a question is shown or a rule applies. `question` + `anyOf` holds when
 * the (visible) question's answer includes any of the listed option values;
 * the combinators nest. An answer to a hidden question counts as no answer.
 */
export type Condition =
  | { question: string; anyOf: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: codeSchema, anyOf: z.array(codeSchema).min(1).max(40) }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(40) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(40) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** single: one option; multiple: any number of options, none included (the person confirms "none of these"). */
export const questionKinds = ['single', 'multiple'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const answerOptionSchema = z.strictObject({
  value: codeSchema,
  label: requiredText(200),
  help: optionalText(1000).default(''),
});

export const questionSchema = z.strictObject({
  id: codeSchema,
  section: codeSchema,
  text: requiredText(500),
  help: optionalText(2000).default(''),
  kind: z.enum(questionKinds),
  options: z.array(answerOptionSchema).min(1).max(40),
  showIf: conditionSchema.optional(),
});

export const sectionSchema = z.strictObject({
  id: codeSchema,
  title: requiredText(120),
  /** Where the section's questions come from, e.g. the VNG principles. */
  source: optionalText(300).default(''),
});

/** Whether the advisory board is to be consulted, weakest first. */
export const consultLevels = ['nee', 'aanbevolen', 'ja'] as const;
export type ConsultLevel = (typeof consultLevels)[number];

/** The EU AI Act's risk classes, least severe first (Regulation (EU) 2024/1689). */
export const aiActClasses = ['minimal', 'transparency', 'high', 'prohibited'] as const;
export type AiActClass = (typeof aiActClasses)[number];

/** The instruments a screening can name; the same codes as a case's instruments, so they carry over. */
export const screeningInstruments = instrumentKinds;
export type ScreeningInstrument = (typeof screeningInstruments)[number];

/**
 * A rule says what follows when its condition holds: a consult level, instruments
 * to do, an AI Act class with the article that makes it so. The reason is shown
 * to the person with the answers that made the rule apply.
 */
export const outcomeRuleSchema = z.strictObject({
  id: codeSchema,
  when: conditionSchema,
  reason: requiredText(500),
  consult: z.enum(consultLevels).optional(),
  instruments: z.array(z.enum(screeningInstruments)).max(10).default([]),
  aiAct: z.strictObject({ class: z.enum(aiActClasses), article: requiredText(160) }).optional(),
});

export const screeningTemplateInputSchema = z.object({
  name: requiredText(120),
  description: optionalText(2000).default(''),
  sections: z.array(sectionSchema).min(1).max(20),
  questions: z.array(questionSchema).min(1).max(500),
  rules: z.array(outcomeRuleSchema).max(500),
});

/** Templates are versioned: publishing makes a new version, and a screening keeps the version it was filled in with. */
export const screeningTemplateSchema = screeningTemplateInputSchema.extend({
  id: z.string().min(1).max(60),
  version: z.number().int().positive(),
  createdAt: timestampSchema,
});

export type AnswerOption = z.output<typeof answerOptionSchema>;
export type Question = z.output<typeof questionSchema>;
export type TemplateSection = z.output<typeof sectionSchema>;
export type OutcomeRule = z.output<typeof outcomeRuleSchema>;
export type ScreeningTemplateInput = z.input<typeof screeningTemplateInputSchema>;
export type ValidTemplateInput = z.output<typeof screeningTemplateInputSchema>;
export type ScreeningTemplate = z.output<typeof screeningTemplateSchema>;
export type ScreeningTemplateRef = Pick<ScreeningTemplate, 'id' | 'version'>;

/** Selected option values per question id. A question without an entry is unanswered. */
export type Answers = Readonly<Record<string, readonly string[]>>;
