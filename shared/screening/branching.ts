import type { Answers, Condition, Question, ScreeningTemplate } from './templateSchema';

/** True when the condition holds for these answers; answers are read only from the questions in `visible`. */
export function holds(condition: Condition, answers: Answers, visible: ReadonlySet<string>): boolean {
  if ('question' in condition) {
    if (!visible.has(condition.question)) return false;
    const given = answers[condition.question];
    return given !== undefined && condition.anyOf.some((value) => given.includes(value));
  }
  if ('all' in condition) return condition.all.every((part) => holds(part, answers, visible));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers, visible));
  return !holds(condition.not, answers, visible);
}

/**
 * The questions shown for these answers, in template order. A condition may
 * only look back (templateValidation refuses a look ahead), so one pass
 * decides every question after the ones it depends on.
 */
export function visibleQuestions(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers): Question[] {
  const visible = new Set<string>();
  const shown: Question[] = [];
  for (const question of template.questions) {
    if (question.showIf && !holds(question.showIf, answers, visible)) continue;
    visible.add(question.id);
    shown.push(question);
  }
  return shown;
}

/** Only the answers to questions still shown: an answer that a later change hid no longer counts. */
export function effectiveAnswers(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers): Answers {
  const kept: Record<string, readonly string[]> = {};
  for (const question of visibleQuestions(template, answers)) {
    const given = answers[question.id];
    if (given !== undefined) kept[question.id] = given;
  }
  return kept;
}

/** The step after `currentId` (null: from the start); null when the questionnaire ends there. */
export function nextQuestion(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers, currentId: string | null): Question | null {
  const shown = visibleQuestions(template, answers);
  if (currentId === null) return shown[0] ?? null;
  const at = stepIndex(template, shown, currentId);
  return shown[at + 1] ?? null;
}

/** The step before `currentId`; null on the first question. */
export function previousQuestion(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers, currentId: string): Question | null {
  const shown = visibleQuestions(template, answers);
  const index = shown.findIndex((question) => question.id === currentId);
  if (index >= 0) return shown[index - 1] ?? null;
  // The current question was just hidden: step back to the nearest shown one before it.
  return shown[stepIndex(template, shown, currentId)] ?? null;
}

/** The first shown question without an answer, where a resumed screening continues; null when all are answered. */
export function firstUnanswered(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers): Question | null {
  return visibleQuestions(template, answers).find((question) => answers[question.id] === undefined) ?? null;
}

/** Progress as the person sees it: answered shown questions out of all shown questions. */
export function progress(template: Pick<ScreeningTemplate, 'questions'>, answers: Answers): { answered: number; total: number } {
  const shown = visibleQuestions(template, answers);
  return { answered: shown.filter((question) => answers[question.id] !== undefined).length, total: shown.length };
}

/**
 * Index in `shown` of the last shown question at or before `id` in template
 * order; -1 when none is. Lets a step that was hidden by its own answer still
 * find its neighbours.
 */
function stepIndex(template: Pick<ScreeningTemplate, 'questions'>, shown: readonly Question[], id: string): number {
  const order = new Map(template.questions.map((question, index) => [question.id, index]));
  const position = order.get(id) ?? -1;
  let found = -1;
  shown.forEach((question, index) => {
    if ((order.get(question.id) ?? Infinity) <= position) found = index;
  });
  return found;
}
