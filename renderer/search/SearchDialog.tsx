import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { Button } from '@utrecht/component-library-react';
import { noFilters, type SearchFilters, type SearchHit } from '@shared/search/searchCatalog';
import { searchKinds, type SearchKind } from '@shared/search/searchDocument';
import { RefusalAlert } from '../advice/RefusalAlert';
import { useService } from '../services/services';
import { IndexStatus } from './IndexStatus';
import { searchClientKey } from './searchClient';
import { SearchFiltersForm } from './SearchFiltersForm';
import { searchHitPath, type SearchLandingState } from './searchPaths';
import { SearchResult } from './SearchResult';
import { useFirstScreenful } from './useFirstScreenful';
import { useIncludeReference } from './useIncludeReference';
import { useSearchResults } from './useSearchResults';

/**
 * One search box over the whole archive, as a modal dialog with a combobox
 * (WAI-ARIA 1.2 combobox with a grouped listbox): focus stays in the box, the
 * arrow keys move through the results, Enter opens one, Escape closes.
 */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const client = useService(searchClientKey);
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(noFilters);
  const [active, setActiveFor] = useState<{ groups: unknown; index: number }>({ groups: null, index: 0 });
  const { answer, failed } = useSearchResults(client, query, filters);
  const casePage = useMatch('/casussen/:id')?.params.id;
  const currentCase = casePage === 'nieuw' ? undefined : casePage;
  const drawn = useFirstScreenful(answer?.groups);
  const hits = useMemo(() => drawn?.flatMap((group) => group.hits) ?? [], [drawn]);
  // Looked up once per language, not for every result of every answer: the lookups were a fifth of drawing the results.
  const kindNames = useMemo(() => Object.fromEntries(searchKinds.map((kind) => [kind, t(`search.kind.${kind}`)])) as Record<SearchKind, string>, [t]);
  const ids = useId();
  const optionId = (index: number) => `${ids}-option-${index}`;
  const listId = `${ids}-results`;
  // A new answer starts at its first result.
  const activeIndex = active.groups === answer?.groups ? Math.min(active.index, Math.max(hits.length - 1, 0)) : 0;
  const setActive = (index: number) => setActiveFor({ groups: answer?.groups, index });
  /*
   * The same function for every answer, so a result that shows the same as
   * before is not drawn again (see SearchResult): it reads the answer on
   * screen when the pointer moves, not the one it was drawn with.
   */
  const shown = useRef(answer?.groups);
  useLayoutEffect(() => {
    shown.current = answer?.groups;
  }, [answer]);
  const hover = useCallback((index: number) => setActiveFor({ groups: shown.current, index }), []);

  // Modal from the start: the rest of the page is inert while searching, and focus returns where it was on close.
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    input.current?.focus();
  }, []);

  const close = () => dialog.current?.close();

  /*
   * A new answer starts at the top of the list. Only a list scrolled away
   * from it is moved: asking the browser where an option or the list stands
   * lays out the new results at once, before the frame that paints them, and
   * every search waited for that.
   */
  const list = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (scrolled.current && list.current) list.current.scrollTop = 0;
  }, [answer]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      const state: SearchLandingState | null = hit.snippet.firstMatch ? { searchMatch: hit.snippet.firstMatch } : null;
      dialog.current?.close();
      void navigate(searchHitPath(hit), { state });
    },
    [navigate],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: hits.length - 1 };
    if (event.key in moves && (event.key.startsWith('Arrow') || event.ctrlKey)) {
      event.preventDefault();
      const next = Math.max(0, Math.min(hits.length - 1, moves[event.key]!));
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(hits[activeIndex]!);
    }
  };

  const total = answer?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0;
  let position = -1;
  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <div className="search-dialog__head">
        <h2 id={`${ids}-title`}>{t('search.title')}</h2>
        <button type="button" className="link-button" onClick={close}>
          {t('search.close')}
        </button>
      </div>
      <label htmlFor={`${ids}-input`}>{t('search.label')}</label>
      <input
        ref={input}
        id={`${ids}-input`}
        className="search-dialog__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${ids}-help`}
        value={query}
        onChange={(event) => {
          const next = event.target.value;
          // Asked before the dialog is drawn again, so the worker searches meanwhile; useSearchResults then gets this same answer (and reports a failure).
          if (next.trim() !== '') client.search(next, filters).catch(() => undefined);
          setQuery(next);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${ids}-help`} className="muted search-dialog__help">
        {t('search.help')}
      </p>
      <SearchFiltersForm filters={filters} onChange={setFilters} />
      <p role="status" className="search-dialog__count">
        {failed ? t('search.failed') : answer && (total === 0 ? t('search.none') : t('search.count', { count: total }))}
      </p>
      <div
        ref={list}
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        data-results-for={answer?.query}
        onScroll={(event) => (scrolled.current = event.currentTarget.scrollTop > 0)}
      >
        {drawn?.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`} className="search-results__group">
            <div role="presentation" id={`${ids}-group-${group.kind}`} className="search-results__kind">
              {kindNames[group.kind]} ({group.total})
            </div>
            {group.hits.map((hit) => {
              position++;
              const index = position;
              return (
                <SearchResult
                  key={hit.id}
                  hit={hit}
                  id={optionId(index)}
                  index={index}
                  selected={index === activeIndex}
                  title={hitTitle(hit, t, kindNames)}
                  onOpen={openHit}
                  onHover={hover}
                />
              );
            })}
          </div>
        ))}
      </div>
      {currentCase && <IncludeReference caseId={currentCase} hit={hits[activeIndex]} />}
      <IndexStatus client={client} />
    </dialog>
  );
}

/** From a case's page: the chosen result, when it is another case, goes into this case's draft advice as a reference. */
function IncludeReference({ caseId, hit }: { caseId: string; hit: SearchHit | undefined }) {
  const { t } = useTranslation();
  const reference = useIncludeReference(caseId);
  const other = reference.mayInclude && hit?.kind === 'case' && hit.caseId !== null && hit.caseId !== caseId ? hit : null;
  return (
    <div className="search-dialog__reference">
      <RefusalAlert reasons={reference.reasons} />
      <p role="status">{reference.added}</p>
      {other &&
        (reference.linked.has(other.caseId!) ? (
          <p className="muted">{t('search.reference.linked', { title: other.title })}</p>
        ) : (
          <Button appearance="secondary-action-button" onClick={() => void reference.include(other.caseId!)}>
            {t('search.reference.include', { title: other.title })}
          </Button>
        ))}
    </div>
  );
}

function hitTitle(hit: SearchHit, t: TFunction, kindNames: Record<SearchKind, string>): string {
  switch (hit.kind) {
    case 'advice':
      return t('search.hit.advice', { number: hit.title });
    case 'conclusion':
      return hit.title === '' ? kindNames.conclusion : t(`search.hit.decision.${hit.title}`);
    case 'note':
    case 'record':
    case 'description':
      return kindNames[hit.kind] + (hit.date ? ` · ${hit.date}` : '');
    default:
      return hit.title;
  }
}
