import type { Result } from '../util/result';
import { conditionQuestions } from './outcome';
import { holds } from './branching';
import type { Answers, Condition, Question, ValidTemplateInput } from './templateSchema';
import { screeningTemplateInputSchema } from './templateSchema';

/**
 * Why a template cannot be published. `question` names the question concerned
 * (by id) and `rule` the outcome rule; the screen words each code in Dutch.
 */
export type TemplateProblem =
  | { code: 'schema'; path: string; message: string }
  | { code: 'duplicateQuestion'; question: string }
  | { code: 'duplicateOption'; question: string; option: string }
  | { code: 'duplicateRule'; rule: string }
  | { code: 'unknownSection'; question: string; section: string }
  | { code: 'missingQuestion'; question: string; missing: string }
  | { code: 'missingOption'; question: string; missing: string; option: string }
  | { code: 'cycle'; question: string; through: string[] }
  | { code: 'laterQuestion'; question: string; later: string }
  | { code: 'unreachable'; question: string }
  | { code: 'ruleMissingQuestion'; rule: string; missing: string }
  | { code: 'ruleMissingOption'; rule: string; missing: string; option: string };

/** Past this many answer combinations a question is taken as reachable rather than searched further. */
const searchLimit = 20_000;

/**
 * Checks what the schema cannot: that every reference points at an existing
 * question and option, that branching has no cycle and looks only back, and
 * that every question can be shown by some answers.
 */
export function checkTemplate(input: unknown): Result<ValidTemplateInput, TemplateProblem> {
  const parsed = screeningTemplateInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, refusals: parsed.error.issues.map((issue) => ({ code: 'schema', path: issue.path.join('.'), message: issue.message })) };
  }
  const template = parsed.data;
  const problems: TemplateProblem[] = [];
  const byId = new Map<string, Question>();
  for (const question of template.questions) {
    if (byId.has(question.id)) problems.push({ code: 'duplicateQuestion', question: question.id });
    byId.set(question.id, question);
    const values = question.options.map((option) => option.value);
    for (const [index, value] of values.entries()) {
      if (values.indexOf(value) !== index) problems.push({ code: 'duplicateOption', question: question.id, option: value });
    }
  }
  const sections = new Set(template.sections.map((section) => section.id));
  for (const question of template.questions) {
    if (!sections.has(question.section)) problems.push({ code: 'unknownSection', question: question.id, section: question.section });
  }
  const ruleIds = new Set<string>();
  for (const rule of template.rules) {
    if (ruleIds.has(rule.id)) problems.push({ code: 'duplicateRule', rule: rule.id });
    ruleIds.add(rule.id);
  }

  const referenceProblems = (condition: Condition, report: (missing: string, option?: string) => void) => {
    for (const atom of atoms(condition)) {
      const target = byId.get(atom.question);
      if (!target) {
        report(atom.question);
        continue;
      }
      for (const value of atom.anyOf) if (!target.options.some((option) => option.value === value)) report(atom.question, value);
    }
  };
  for (const question of template.questions) {
    if (!question.showIf) continue;
    referenceProblems(question.showIf, (missing, option) =>
      problems.push(option === undefined ? { code: 'missingQuestion', question: question.id, missing } : { code: 'missingOption', question: question.id, missing, option }),
    );
  }
  for (const rule of template.rules) {
    referenceProblems(rule.when, (missing, option) =>
      problems.push(option === undefined ? { code: 'ruleMissingQuestion', rule: rule.id, missing } : { code: 'ruleMissingOption', rule: rule.id, missing, option }),
    );
  }

  const inCycle = new Set<string>();
  for (const cycle of findCycles(template.questions, byId)) {
    for (const id of cycle) inCycle.add(id);
    problems.push({ code: 'cycle', question: cycle[0]!, through: cycle });
  }
  const position = new Map(template.questions.map((question, index) => [question.id, index]));
  for (const question of template.questions) {
    if (!question.showIf || inCycle.has(question.id)) continue;
    for (const id of new Set(conditionQuestions(question.showIf))) {
      if ((position.get(id) ?? -1) >= position.get(question.id)!) problems.push({ code: 'laterQuestion', question: question.id, later: id });
    }
  }

  // Reachability is only meaningful once references and order are sound.
  if (problems.length === 0) {
    for (const question of template.questions) {
      if (!isReachable(question, byId)) problems.push({ code: 'unreachable', question: question.id });
    }
  }
  return problems.length === 0 ? { ok: true, value: template } : { ok: false, refusals: problems };
}

function atoms(condition: Condition): { question: string; anyOf: string[] }[] {
  if ('question' in condition) return [condition];
  if ('all' in condition) return condition.all.flatMap(atoms);
  if ('any' in condition) return condition.any.flatMap(atoms);
  return atoms(condition.not);
}

/** Each cycle once, as the questions along it, starting from the first in template order. */
function findCycles(questions: readonly Question[], byId: ReadonlyMap<string, Question>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const path: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    path.push(id);
    const showIf = byId.get(id)?.showIf;
    for (const next of showIf ? new Set(conditionQuestions(showIf)) : []) {
      if (!byId.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const question of questions) if (!state.has(question.id)) visit(question.id);
  return cycles;
}

/**
 * Whether some answers show the question: a search over the answers of the
 * questions its condition depends on (directly or through their own
 * conditions), each unanswered or given one of its options; a multiple-choice
 * question also all its options at once. The answers must be consistent: an
 * answered question must itself be shown.
 */
function isReachable(question: Question, byId: ReadonlyMap<string, Question>): boolean {
  if (!question.showIf) return true;
  const closure: Question[] = [];
  const seen = new Set<string>();
  const collect = (condition: Condition) => {
    for (const id of conditionQuestions(condition)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const dependency = byId.get(id)!;
      if (dependency.showIf) collect(dependency.showIf);
      closure.push(dependency);
    }
  };
  collect(question.showIf);
  // Earlier questions first, so each one's visibility is known before a later one reads it.
  const order = [...byId.keys()];
  closure.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const choices = closure.map((dependency) => [
    undefined,
    ...dependency.options.map((option) => [option.value]),
    ...(dependency.kind === 'multiple' && dependency.options.length > 1 ? [dependency.options.map((option) => option.value)] : []),
  ]);
  if (choices.reduce((count, list) => count * list.length, 1) > searchLimit) return true;

  const search = (index: number, answers: Record<string, readonly string[]>, visible: Set<string>): boolean => {
    if (index === closure.length) return holds(question.showIf!, answers, visible);
    const dependency = closure[index]!;
    const shown = !dependency.showIf || holds(dependency.showIf, answers, visible);
    for (const choice of choices[index]!) {
      if (choice !== undefined && !shown) continue;
      const nextAnswers: Answers = choice === undefined ? answers : { ...answers, [dependency.id]: choice };
      const nextVisible = shown ? new Set([...visible, dependency.id]) : visible;
      if (search(index + 1, nextAnswers as Record<string, readonly string[]>, nextVisible)) return true;
    }
    return false;
  };
  return search(0, {}, new Set());
}
