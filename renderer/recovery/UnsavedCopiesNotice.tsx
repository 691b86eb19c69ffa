import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { currentSession, useEmergencyCopies } from '../persistence/emergencyCopies';

/** After a restart: text an earlier session could not save is offered back, never silently dropped. */
export function UnsavedCopiesNotice() {
  const { t } = useTranslation();
  const earlier = useEmergencyCopies().filter((copy) => copy.session !== currentSession);
  if (earlier.length === 0) return null;
  return (
    <Alert type="warning" className="app-banner">
      <Paragraph>
        {t('unsaved.notice')} <RouterLink to="/niet-opgeslagen">{t('unsaved.noticeLink')}</RouterLink>
      </Paragraph>
    </Alert>
  );
}
