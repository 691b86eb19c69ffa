import { Suspense, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, SkipLink } from '@utrecht/component-library-react';
import { useSettings } from '../settings/settingsContext';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { forgetFailedLoads } from '../components/lazyComponent';
import { PageFailure } from '../components/PageFailure';
import { StorageBanner } from '../components/StorageBanner';
import { reportIfStorageError } from '../persistence/storageProblems';
import { ReadOnlyBanner } from '../recovery/ReadOnlyBanner';
import { useService } from '../services/services';
import { BoardStatus } from '../board/BoardStatus';
import { writerLockKey } from '../persistence/writerLock';

interface Props {
  /** The items of the main navigation, each an `<li>`. */
  navigation: ReactNode;
  /** Between the name and the navigation: the board's search. */
  search?: ReactNode;
  /** Notices under the header that concern this shell's work. */
  notices?: ReactNode;
  /** Shown in the main area after the page. */
  after?: ReactNode;
}

/**
 * The frame of every shell: the skip link, the header with the board's
 * status and the navigation, the banners every machine needs (another window
 * writes, storage trouble), and the page, whose failure leaves the rest standing.
 */
export function AppShell({ navigation, search, notices, after }: Props) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const writerLock = useService(writerLockKey);
  const { pathname } = useLocation();
  return (
    <div className="app">
      <SkipLink href="#inhoud">{t('layout.skipToContent')}</SkipLink>
      <PageHeader className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">Beraad</span>
          <span className="app-header__org">{settings.organisationName}</span>
          <BoardStatus />
        </div>
        {search}
        <nav aria-label={t('layout.mainNavigation')}>
          <ul className="app-nav">{navigation}</ul>
        </nav>
      </PageHeader>
      <ReadOnlyBanner onTakeOver={writerLock.requestHandover} />
      <StorageBanner />
      {notices}
      <main id="inhoud" tabIndex={-1} className="app-main">
        <ErrorBoundary
          resetKey={pathname}
          onReset={forgetFailedLoads}
          onError={reportIfStorageError}
          fallback={(error, retry) => <PageFailure error={error} onRetry={retry} />}
        >
          {/* Quiet while a screen's code loads: mostly too short to see, never a flash of text. */}
          <Suspense fallback={<div className="app-loading" aria-busy="true" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
        {after}
      </main>
    </div>
  );
}
