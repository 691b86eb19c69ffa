import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { SaveStatus } from '../persistence/debouncedSaver';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  submitLabel: string;
  submitting: boolean;
  /** The state of the form's draft, so the user sees unfinished input is safe. */
  draftStatus: SaveStatus;
  /** For a form that stays open after saving: the last submit went through and nothing was typed since. */
  saved?: boolean;
  onCancel(): void;
}

/** The bar under every draft-keeping form: save, cancel, and whether the draft is stored. */
export function FormActions({ submitLabel, submitting, draftStatus, saved = false, onCancel }: Props) {
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
