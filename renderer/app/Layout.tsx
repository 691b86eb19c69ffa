import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, SkipLink } from '@utrecht/component-library-react';
import { useSettings } from '../settings/settingsContext';
import { StorageBanner } from '../components/StorageBanner';
import { BackupReminder } from '../backup/BackupReminder';
import { MunicipalityNotice } from '../settings/MunicipalityNotice';
import { StorageNotice } from '../backup/StorageNotice';
import { ReadOnlyBanner } from '../recovery/ReadOnlyBanner';
import { UnsavedCopiesNotice } from '../recovery/UnsavedCopiesNotice';
import { useService } from '../services/services';
import { BoardStatus } from '../board/BoardStatus';
import { SearchLanding } from '../search/SearchLanding';
import { SearchLauncher } from '../search/SearchLauncher';
import { writerLockKey } from '../persistence/writerLock';

export function Layout() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const writerLock = useService(writerLockKey);
  return (
    <div className="app">
      <SkipLink href="#inhoud">{t('layout.skipToContent')}</SkipLink>
      <PageHeader className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">Beraad</span>
          <span className="app-header__org">{settings.organisationName}</span>
          <BoardStatus />
        </div>
        <SearchLauncher />
        <nav aria-label={t('layout.mainNavigation')}>
          <ul className="app-nav">
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
          </ul>
        </nav>
      </PageHeader>
      <ReadOnlyBanner onTakeOver={writerLock.requestHandover} />
      <StorageBanner />
      <UnsavedCopiesNotice />
      <StorageNotice />
      <BackupReminder />
      <MunicipalityNotice />
      <main id="inhoud" tabIndex={-1} className="app-main">
        {/* Quiet while a screen's code loads: mostly too short to see, never a flash of text. */}
        <Suspense fallback={<div className="app-loading" aria-busy="true" />}>
          <Outlet />
        </Suspense>
        <SearchLanding />
      </main>
    </div>
  );
}
