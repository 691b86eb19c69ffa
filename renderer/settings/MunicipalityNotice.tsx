import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { isMunicipalitySet } from '@shared/settings/municipality';
import { useSettings } from './settingsContext';

export const settingsPath = '/instellingen';

/*
 * Until the municipality is set, every screen but the settings says so: a
 * published advice names it as publisher, and a silent default would put the
 * wrong organisation in the Woo-index. A notice, not a wizard, so nobody is
 * kept from their work on a first start.
 */
export function MunicipalityNotice() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { pathname } = useLocation();
  if (isMunicipalitySet(settings.municipality) || pathname === settingsPath) return null;
  return (
    <Alert type="info" role="status" className="app-banner" data-municipality-notice>
      <Paragraph>
        {t('settings.municipality.notice')} <Link to={settingsPath}>{t('settings.municipality.noticeLink')}</Link>
      </Paragraph>
    </Alert>
  );
}
