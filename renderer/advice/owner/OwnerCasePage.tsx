import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { emptyFollowUp, emptyPublication } from '@shared/advice/adviceSchema';
import type { OwnerCase } from '@shared/advice/ownerCase';
import { useProcessOwner } from '../../board/useProcessOwner';
import { localToday } from '../../db/clock';
import { formatDate, formatDateTime } from '../../i18n/formatters';
import { AdviceReadView } from '../AdviceReadView';
import { ConclusionForm } from '../outcome/ConclusionForm';
import { useOwnerCase } from './useOwnerCase';
import '../advice.css';
import '../outcome/outcome.css';

/**
 * A process owner's whole app: the advice the board issued on their case, to
 * read and print, and their conclusion on it. Nothing else of the case (notes,
 * deliberation, drafts) reaches this machine.
 */
export function OwnerCasePage() {
  const owner = useProcessOwner();
  const caseId = owner?.caseIds[0];
  return caseId === undefined ? null : <OwnerCase caseId={caseId} />;
}

function OwnerCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload, recordConclusion } = useOwnerCase(caseId);
  if (state.kind === 'loading') return <div className="app-loading" aria-busy="true" />;
  if (state.kind === 'problem') {
    return (
      <>
        <Heading1>{t('adviceOwner.title')}</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{t(`adviceOwner.problem.${state.problem === 'forbidden' || state.problem === 'not_found' ? state.problem : 'unreachable'}`)}</Paragraph>
        </Alert>
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          {t('adviceOwner.retry')}
        </Button>
      </>
    );
  }
  const { ownerCase } = state;
  return (
    <>
      <Heading1>{t('adviceOwner.heading', { reference: ownerCase.reference, title: ownerCase.title })}</Heading1>
      <OwnerStatus ownerCase={ownerCase} />
      {ownerCase.advice && ownerCase.issuedOn && (
        <>
          <IssuedAdvice ownerCase={ownerCase} />
          <ConclusionSection ownerCase={ownerCase} save={recordConclusion} onSaved={() => void reload()} />
        </>
      )}
    </>
  );
}

/** Where the owner's part stands: waiting for the advice, theirs to answer, or answered (when, by whom). */
function OwnerStatus({ ownerCase }: { ownerCase: OwnerCase }) {
  const { t } = useTranslation();
  const { issuedOn, conclusion, conclusionRecordedAt, conclusionRecordedBy } = ownerCase;
  const status = issuedOn === null ? 'waiting' : conclusion === null ? 'open' : 'recorded';
  return (
    <Alert type={status === 'open' ? 'warning' : 'info'}>
      <Paragraph data-owner-status={status}>
        {status === 'waiting' && t('adviceOwner.status.waiting')}
        {status === 'open' && t('adviceOwner.status.open', { issued: formatDate(issuedOn ?? '') })}
        {status === 'recorded' &&
          t('adviceOwner.status.recorded', {
            decision: t(`adviceOutcome.conclusion.decision.${conclusion!.decision}`),
            at: conclusionRecordedAt ? formatDateTime(conclusionRecordedAt) : formatDate(conclusion!.receivedOn),
            name: conclusionRecordedBy ?? t('adviceOwner.status.unknownName'),
          })}
      </Paragraph>
    </Alert>
  );
}

function IssuedAdvice({ ownerCase }: { ownerCase: OwnerCase }) {
  const { t } = useTranslation();
  const headingId = useId();
  const advice = ownerCase.advice!;
  return (
    <section aria-labelledby={headingId} className="owner-advice">
      <h2 id={headingId}>{t('adviceOwner.advice.title', { number: advice.number, issued: formatDate(ownerCase.issuedOn ?? '') })}</h2>
      <Button appearance="secondary-action-button" className="no-print" onClick={() => window.print()}>
        {t('adviceOwner.advice.print')}
      </Button>
      <AdviceReadView version={advice} headingLevel={3} />
    </section>
  );
}

function ConclusionSection({ ownerCase, save, onSaved }: { ownerCase: OwnerCase; save: ReturnType<typeof useOwnerCase>['recordConclusion']; onSaved(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const advice = { caseId: ownerCase.caseId, issuedOn: ownerCase.issuedOn, conclusion: ownerCase.conclusion, followUp: emptyFollowUp, publication: emptyPublication };
  return (
    <section aria-labelledby={headingId} className="owner-conclusion no-print">
      <h2 id={headingId}>{t('adviceOwner.conclusion.title')}</h2>
      <Paragraph>{t('adviceOwner.conclusion.intro')}</Paragraph>
      <ConclusionForm advice={advice} today={localToday()} save={save} onSaved={onSaved} />
    </section>
  );
}
