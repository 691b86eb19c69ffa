import type { TFunction } from 'i18next';
import type { ScreeningTemplateInput } from '@shared/screening/templateSchema';
import type { TemplateProblem } from '@shared/screening/templateValidation';

/** A template problem in words, naming the question by its text and code so the secretary finds it. */
export function templateProblemMessage(t: TFunction, problem: TemplateProblem, template: unknown): string {
  const questions = ((template as Partial<ScreeningTemplateInput> | null)?.questions ?? []) as { id?: string; text?: string }[];
  const name = (id: string) => {
    const text = questions.find((question) => question.id === id)?.text;
    return text ? t('screening.template.questionName', { text, id }) : t('screening.template.questionCode', { id });
  };
  switch (problem.code) {
    case 'schema':
      return t('screening.template.problem.schema', { path: problem.path || '—', message: t(problem.message, { defaultValue: problem.message }) });
    case 'duplicateRule':
      return t('screening.template.problem.duplicateRule', { rule: problem.rule });
    case 'ruleMissingQuestion':
      return t('screening.template.problem.ruleMissingQuestion', { rule: problem.rule, missing: problem.missing });
    case 'ruleMissingOption':
      return t('screening.template.problem.ruleMissingOption', { rule: problem.rule, missing: name(problem.missing), option: problem.option });
    case 'cycle':
      return t('screening.template.problem.cycle', { question: name(problem.question), through: problem.through.map(name).join(' → ') });
    case 'laterQuestion':
      return t('screening.template.problem.laterQuestion', { question: name(problem.question), later: name(problem.later) });
    case 'missingQuestion':
      return t('screening.template.problem.missingQuestion', { question: name(problem.question), missing: problem.missing });
    case 'missingOption':
      return t('screening.template.problem.missingOption', { question: name(problem.question), missing: name(problem.missing), option: problem.option });
    case 'duplicateOption':
      return t('screening.template.problem.duplicateOption', { question: name(problem.question), option: problem.option });
    case 'unknownSection':
      return t('screening.template.problem.unknownSection', { question: name(problem.question), section: problem.section });
    case 'duplicateQuestion':
    case 'unreachable':
      return t(`screening.template.problem.${problem.code}`, { question: name(problem.question) });
  }
}
