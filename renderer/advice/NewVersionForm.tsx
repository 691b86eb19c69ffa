import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textbox } from '@utrecht/component-library-react';
import { useService } from '../services/services';
import { adviceRepositoryKey } from './adviceRepositoryKey';
import { useActorName } from '../board/useActorName';
import { RefusalAlert } from './RefusalAlert';
import { useRefusal } from './useRefusal';

/** A new draft from the newest version; the reason is required and kept with the version. */
export function NewVersionForm({ caseId, onCreated }: { caseId: string; onCreated(number: number): void }) {
  const { t } = useTranslation();
  const advice = useService(adviceRepositoryKey);
  const actor = useActorName();
  const id = useId();
  const [reason, setReason] = useState('');
  const { reasons, run } = useRefusal();
  return (
    <form
      className="advice-new-version"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => advice.newVersion(caseId, reason, actor),
          (created) => {
            setReason('');
            onCreated(created.number);
          },
        );
      }}
    >
      <label htmlFor={id}>{t('advice.newVersion.reason')}</label>
      <Textbox id={id} value={reason} onChange={(event) => setReason(event.target.value)} />
      <Button type="submit" appearance="secondary-action-button">
        {t('advice.newVersion.button')}
      </Button>
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
