import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { forgetFailedLoads, lazyComponent } from '../components/lazyComponent';
import { SearchNotLoaded } from './SearchNotLoaded';
import './search.css';

/* Its Dutch stemmer and ranking are large and needed only once somebody searches. */
const SearchDialog = lazyComponent(() => import('./SearchDialog'), 'SearchDialog');

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The search button in the header, and Ctrl+K (⌘K on a Mac) from anywhere in the app. */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Opened again after its code failed to load, it tries to load it again.
  const show = () => {
    forgetFailedLoads();
    setOpen(true);
  };
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((isMac ? event.metaKey : event.ctrlKey) && event.key.toLowerCase() === 'k' && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="search-launcher" aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'} onClick={show}>
        {t('search.open')} <kbd>{isMac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      {/* Only while open: its fields would otherwise share labels (Thema, Tot en met) with the page's own. */}
      {open && (
        <ErrorBoundary onReset={forgetFailedLoads} fallback={(_error, retry) => <SearchNotLoaded onRetry={retry} onClose={() => setOpen(false)} />}>
          <Suspense fallback={null}>
            <SearchDialog onClose={() => setOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
