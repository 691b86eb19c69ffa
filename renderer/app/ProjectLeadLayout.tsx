import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, SkipLink } from '@utrecht/component-library-react';
import { useSettings } from '../settings/settingsContext';
import { StorageBanner } from '../components/StorageBanner';
import { ReadOnlyBanner } from '../recovery/ReadOnlyBanner';
import { useService } from '../services/services';
import { BoardStatus } from '../board/BoardStatus';
import { ProjectLeadNotice } from '../board/ProjectLeadNotice';
import { writerLockKey } from '../persistence/writerLock';

/**
 * The shell of a project lead's machine: their own screenings and nothing of
 * the board's record, so no cases, meetings, people, search or settings.
 */
export function ProjectLeadLayout() {
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
        <nav aria-label={t('layout.mainNavigation')}>
          <ul className="app-nav">
            <li>
              <NavLink to="/" end>
                {t('board.projectLead.nav')}
              </NavLink>
            </li>
          </ul>
        </nav>
      </PageHeader>
      <ReadOnlyBanner onTakeOver={writerLock.requestHandover} />
      <StorageBanner />
      <ProjectLeadNotice />
      <main id="inhoud" tabIndex={-1} className="app-main">
        <Suspense fallback={<div className="app-loading" aria-busy="true" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
