import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Advice } from '@shared/advice/adviceSchema';
import { conclusionDueOn, isConclusionOverdue } from '@shared/advice/deadlines';
import { formatDate } from '../../i18n/formatters';
import { useSettings } from '../../settings/settingsContext';
import { ConclusionForm } from './ConclusionForm';
import { OutcomeSection } from './OutcomeSection';
import { useOutcomeDecisions } from './useOutcomeDecisions';

interface Props {
  advice: Advice;
  today: string;
  onSaved(advice: Advice): void;
}

/** What the process owner does with the advice, expected within the configured term after issue. */
export function ConclusionPanel({ advice, today, onSaved }: Props) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const weeks = settings.conclusionTermWeeks;
  const outcomes = useOutcomeDecisions(advice.caseId);
  const due = advice.issuedOn === null ? '' : formatDate(conclusionDueOn(advice.issuedOn, weeks));
  return (
    <OutcomeSection name="conclusion" title={t('adviceOutcome.conclusion.title')} intro={t('adviceOutcome.conclusion.intro')}>
      {advice.issuedOn === null ? (
        <Paragraph>{t('adviceOutcome.afterIssue')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('adviceOutcome.conclusion.due', {
              issued: formatDate(advice.issuedOn),
              due,
              count: weeks,
            })}
          </Paragraph>
          {isConclusionOverdue(advice, today, weeks) && (
            <Alert type="warning">
              <Paragraph>
                {t('adviceOutcome.conclusion.overdue', { due })}
              </Paragraph>
            </Alert>
          )}
          {advice.conclusion && (
            <Paragraph>
              {t('adviceOutcome.conclusion.recorded', {
                decision: t(`adviceOutcome.conclusion.decision.${advice.conclusion.decision}`),
                date: formatDate(advice.conclusion.receivedOn),
              })}
            </Paragraph>
          )}
          <ConclusionForm advice={advice} today={today} save={outcomes.recordConclusion} onSaved={onSaved} />
        </>
      )}
    </OutcomeSection>
  );
}
