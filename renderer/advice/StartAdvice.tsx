import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { adviceRepositoryKey } from './adviceRepositoryKey';
import { reportStorageError } from '../persistence/storageProblems';
import { useActorName } from '../board/useActorName';
import type { LoadedAdvice } from './adviceRepository';

/** Starts the advice as a draft pre-filled from what the board recorded in its meetings. */
export function StartAdvice({ caseId, onStarted }: { caseId: string; onStarted(loaded: LoadedAdvice): void }) {
  const { t } = useTranslation();
  const advice = useService(adviceRepositoryKey);
  const actor = useActorName();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const labels = {
        positiveEffects: t('advice.prefill.positiveEffects'),
        negativeEffects: t('advice.prefill.negativeEffects'),
        values: t('advice.prefill.values'),
        agreements: t('advice.prefill.agreements'),
      };
      onStarted(await advice.start(caseId, labels, actor));
    } catch (error) {
      reportStorageError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="advice-start">
      <Paragraph>{t('advice.start.explain')}</Paragraph>
      <Button appearance="primary-action-button" onClick={start} disabled={busy}>
        {t('advice.start.button')}
      </Button>
    </section>
  );
}
