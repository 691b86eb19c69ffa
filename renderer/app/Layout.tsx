import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackupReminder } from '../backup/BackupReminder';
import { MunicipalityNotice } from '../settings/MunicipalityNotice';
import { StorageNotice } from '../backup/StorageNotice';
import { UnsavedCopiesNotice } from '../recovery/UnsavedCopiesNotice';
import { SearchLanding } from '../search/SearchLanding';
import { SearchLauncher } from '../search/SearchLauncher';
import { AppShell } from './AppShell';

export function Layout() {
  const { t } = useTranslation();
  return (
    <AppShell
      search={<SearchLauncher />}
      navigation={
        <>
          <li>
            <NavLink to="/overzicht">{t('dashboard.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/" end>
              {t('layout.nav.cases')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/screenings">{t('screening.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/vergaderingen">{t('meetings.title')}</NavLink>
          </li>
          <li>
            <NavLink to="/adviezen">{t('adviceRegister.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/rapportage">{t('export.report.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/acties">{t('actions.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/personen">{t('people.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/instellingen">{t('layout.nav.settings')}</NavLink>
          </li>
        </>
      }
      notices={
        <>
          <UnsavedCopiesNotice />
          <StorageNotice />
          <BackupReminder />
          <MunicipalityNotice />
        </>
      }
      after={<SearchLanding />}
    />
  );
}
