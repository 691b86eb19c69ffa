import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { SaveIndicator } from '../../components/SaveIndicator';
import type { SaveStatus } from '../../persistence/debouncedSaver';

interface Props {
  submitLabel: string;
  submitting: boolean;
  draftStatus: SaveStatus;
  /** The last submit went through and nothing was typed since. */
  saved: boolean;
  onCancel(): void;
}

/**
 * Like FormActions, but for a form that stays open after saving: once saved
 * it says so, instead of describing a draft that was just dropped.
 */
export function OutcomeActions({ submitLabel, submitting, draftStatus, saved, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={submitting}>
          {submitLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      {saved ? <SaveIndicator status="saved" /> : <SaveIndicator status={draftStatus} messages="draft" />}
    </div>
  );
}
