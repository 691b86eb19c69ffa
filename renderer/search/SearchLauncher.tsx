import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchDialog } from './SearchDialog';
import './search.css';

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
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
