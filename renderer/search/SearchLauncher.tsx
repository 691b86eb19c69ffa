import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../components/lazyComponent';
import './search.css';

/* Its Dutch stemmer and ranking are large and needed only once somebody searches. */
const SearchDialog = lazyComponent(() => import('./SearchDialog'), 'SearchDialog');

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The search button in the header, and Ctrl+K (⌘K on a Mac) from anywhere in the app. */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((isMac ? event.metaKey : event.ctrlKey) && event.key.toLowerCase() === 'k' && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="search-launcher" aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'} onClick={() => setOpen(true)}>
        {t('search.open')} <kbd>{isMac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      {/* Only while open: its fields would otherwise share labels (Thema, Tot en met) with the page's own. */}
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
