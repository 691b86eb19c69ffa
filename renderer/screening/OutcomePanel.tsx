import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { decideOutcome, type AppliedRule, type DecidingAnswer } from '@shared/screening/outcome';
import { answerValues, type Screening } from '@shared/screening/screeningSchema';
import { visibleQuestions } from '@shared/screening/branching';
import type { ScreeningTemplate } from '@shared/screening/templateSchema';
import { useProjectLead } from '../board/useProjectLead';
import { caseRepositoryKey } from '../cases/caseRepository';
import { useLoaded } from '../persistence/useLoaded';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import { useSettings } from '../settings/settingsContext';
import type { ScreeningRefusal } from './screeningRepository';
import { screeningRepositoryKey } from './screeningRepositoryKey';

interface Props {
  screening: Screening;
  template: ScreeningTemplate;
  onChange(): void;
}

/** The outcome with its reasons: every rule that decided it and the answers that made each apply. */
export function OutcomePanel({ screening, template, onChange }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const screenings = useService(screeningRepositoryKey);
  const cases = useService(caseRepositoryKey);
  const projectLead = useProjectLead();
  const [refusal, setRefusal] = useState<ScreeningRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const answers = answerValues(screening.answers);
  const outcome = decideOutcome(template, answers);
  const caseId = screening.caseId;
  const loadCase = useCallback(() => (caseId ? cases.get(caseId) : Promise.resolve(undefined)), [cases, caseId]);
  const { value: linkedCase } = useLoaded(loadCase);

  const labels = (questionId: string, values: readonly string[]) => {
    const question = template.questions.find((q) => q.id === questionId);
    const chosen = values.map((value) => question?.options.find((o) => o.value === value)?.label ?? value);
    return chosen.length ? chosen.join('; ') : t('screening.outcome.noneChosen');
  };
  const answerText = ({ questionId, values }: DecidingAnswer) =>
    t('screening.outcome.answeredWith', {
      question: template.questions.find((q) => q.id === questionId)?.text ?? questionId,
      answer: labels(questionId, values),
    });
  const because = (rule: AppliedRule) => (
    <li key={rule.ruleId}>
      {rule.reason}
      {rule.answers.length > 0 && (
        <ul>
          {rule.answers.map((given) => (
            <li key={given.questionId}>{answerText(given)}</li>
          ))}
        </ul>
      )}
    </li>
  );

  const createCase = async () => {
    setBusy(true);
    try {
      const created = await screenings.createCase(
        screening.id,
        settings.referencePattern,
        t('screening.outcome.defaultQuestion'),
        settings.userName || screening.project.filledInBy,
      );
      if (created.ok) navigate(`/casussen/${created.value.id}`, { state: { registered: created.value.reference } });
      else setRefusal(created.refusals[0] ?? null);
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screening-outcome" aria-labelledby="screening-outcome-title" data-consult={outcome.consult}>
      <h2 id="screening-outcome-title">{t('screening.outcome.title')}</h2>
      <p className={`screening-outcome__verdict screening-outcome__verdict--${outcome.consult}`}>
        {t('screening.outcome.consult', { level: t(`screening.outcome.level.${outcome.consult}`) })}
      </p>
      <Paragraph>{t(`screening.outcome.meaning.${outcome.consult}`)}</Paragraph>

      <h3>{t('screening.outcome.why')}</h3>
      {outcome.consultReasons.length ? <ul>{outcome.consultReasons.map(because)}</ul> : <Paragraph>{t('screening.outcome.noReason')}</Paragraph>}

      <h3>{t('screening.outcome.instruments')}</h3>
      {outcome.instruments.length ? (
        <ul className="screening-outcome__instruments">
          {outcome.instruments.map((instrument) => (
            <li key={instrument.kind}>
              <strong>{t(`instrument.kinds.${instrument.kind}`)}</strong> — {t(`screening.outcome.instrumentBasis.${instrument.kind}`)}
              <ul>{instrument.because.map(because)}</ul>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('screening.outcome.noInstruments')}</Paragraph>
      )}

      <h3>{t('screening.outcome.aiAct')}</h3>
      {outcome.aiAct ? (
        <div data-ai-class={outcome.aiAct.class}>
          <Paragraph>
            <strong>{t(`screening.outcome.aiClass.${outcome.aiAct.class}`)}</strong> — {t('screening.outcome.aiArticle', { article: outcome.aiAct.article })}
          </Paragraph>
          <ul>{because(outcome.aiAct.because)}</ul>
        </div>
      ) : (
        <Paragraph>{t('screening.outcome.aiActNone')}</Paragraph>
      )}

      {projectLead && <Paragraph>{t(outcome.consult === 'nee' ? 'screening.outcome.projectLeadNo' : 'screening.outcome.projectLeadBoard')}</Paragraph>}
      {refusal && (
        <Alert type="error">
          <Paragraph>{t(`screening.outcome.refusal.${refusal}`)}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        {caseId ? (
          <Link className="button-link" to={`/casussen/${caseId}`}>
            {t('screening.outcome.toCase', { reference: linkedCase?.reference ?? '' })}
          </Link>
        ) : (
          <>
            {outcome.consult !== 'nee' && !projectLead && (
              <Button appearance="primary-action-button" onClick={createCase} disabled={busy}>
                {t('screening.outcome.createCase')}
              </Button>
            )}
            <Button appearance="secondary-action-button" onClick={onChange}>
              {t('screening.outcome.change')}
            </Button>
          </>
        )}
      </ButtonGroup>

      <h3>{t('screening.outcome.answers')}</h3>
      <dl className="screening-answers">
        {visibleQuestions(template, answers).map((question) => {
          const given = screening.answers[question.id];
          return (
            <div key={question.id}>
              <dt>{question.text}</dt>
              <dd>
                {given ? labels(question.id, given.values) : '—'}
                {given?.explanation && <span className="screening-answers__explanation">{t('screening.outcome.explanation', { text: given.explanation })}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
