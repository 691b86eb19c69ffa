import { holds, visibleQuestions } from './branching';
import type { ScreeningSummary } from './screeningSchema';
import {
  aiActClasses,
  consultLevels,
  type AiActClass,
  type Answers,
  type Condition,
  type ConsultLevel,
  type OutcomeRule,
  type ScreeningInstrument,
  type ScreeningTemplate,
  screeningInstruments,
} from './templateSchema';

/** An answer that made a rule apply: the question and the options chosen. */
export interface DecidingAnswer {
  questionId: string;
  values: readonly string[];
}

export interface AppliedRule {
  ruleId: string;
  reason: string;
  answers: DecidingAnswer[];
}

export interface ScreeningOutcome {
  consult: ConsultLevel;
  /** The rules that set the consult level, with the answers that made each apply; empty for a "nee" no rule asked for. */
  consultReasons: AppliedRule[];
  instruments: { kind: ScreeningInstrument; because: AppliedRule[] }[];
  /** Null when no rule classified the work under the AI Act (no AI system). */
  aiAct: { class: AiActClass; article: string; because: AppliedRule } | null;
}

/** The questions a condition reads. */
export function conditionQuestions(condition: Condition): string[] {
  if ('question' in condition) return [condition.question];
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  return conditionQuestions(condition.not);
}

/**
 * What follows from the answers: the strongest consult level any applying rule
 * asks for, every instrument any applying rule names, and the most severe AI
 * Act class with the article of the rule that set it. Only answers to shown
 * questions count.
 */
export function decideOutcome(template: Pick<ScreeningTemplate, 'questions' | 'rules'>, answers: Answers): ScreeningOutcome {
  const visible = new Set(visibleQuestions(template, answers).map((question) => question.id));
  const applied = template.rules.filter((rule) => holds(rule.when, answers, visible));
  const explain = (rule: OutcomeRule): AppliedRule => ({
    ruleId: rule.id,
    reason: rule.reason,
    answers: [...new Set(conditionQuestions(rule.when))]
      .filter((id) => visible.has(id) && answers[id] !== undefined)
      .map((id) => ({ questionId: id, values: answers[id]! })),
  });

  const rank = (level: ConsultLevel) => consultLevels.indexOf(level);
  const consult = applied.reduce<ConsultLevel>((level, rule) => (rule.consult && rank(rule.consult) > rank(level) ? rule.consult : level), 'nee');
  const consultReasons = applied.filter((rule) => rule.consult === consult).map(explain);

  const instruments = new Map<ScreeningInstrument, AppliedRule[]>();
  for (const rule of applied) {
    for (const kind of rule.instruments) instruments.set(kind, [...(instruments.get(kind) ?? []), explain(rule)]);
  }

  const severity = (rule: OutcomeRule) => (rule.aiAct ? aiActClasses.indexOf(rule.aiAct.class) : -1);
  const classifying = applied.filter((rule) => rule.aiAct).reduce<OutcomeRule | null>(
    (worst, rule) => (worst === null || severity(rule) > severity(worst) ? rule : worst),
    null,
  );

  return {
    consult,
    consultReasons,
    instruments: screeningInstruments.flatMap((kind) => {
      const because = instruments.get(kind);
      return because ? [{ kind, because }] : [];
    }),
    aiAct: classifying?.aiAct ? { class: classifying.aiAct.class, article: classifying.aiAct.article, because: explain(classifying) } : null,
  };
}

/** What a completed screening keeps of its outcome, so lists filter without loading templates. */
export function toSummary(outcome: ScreeningOutcome): ScreeningSummary {
  return { consult: outcome.consult, aiActClass: outcome.aiAct?.class ?? null, instruments: outcome.instruments.map((instrument) => instrument.kind) };
}
