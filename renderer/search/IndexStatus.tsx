import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchClient } from './searchClient';
import { useIndexState } from './useIndexState';

/** How far the index is, and the way to build it anew or stop a build; drawn again when that changes, not at every key typed. */
export const IndexStatus = memo(function IndexStatus({ client }: { client: SearchClient }) {
  const { t } = useTranslation();
  const state = useIndexState(client);
  return (
    <div className="search-index">
      {state.kind === 'building' ? (
        <>
          <label>
            {t('search.index.building', { done: state.done, total: state.total })}
            <progress max={Math.max(state.total, 1)} value={state.done} />
          </label>
          <button type="button" className="link-button" onClick={client.cancel}>
            {t('search.index.cancel')}
          </button>
        </>
      ) : (
        <>
          <span>
            {state.kind === 'starting' && t('search.index.starting')}
            {state.kind === 'ready' && t('search.index.ready', { count: state.documents })}
            {state.kind === 'incomplete' && t('search.index.incomplete')}
          </span>
          <button type="button" className="link-button" onClick={client.rebuild} disabled={state.kind === 'starting'}>
            {t('search.index.rebuild')}
          </button>
        </>
      )}
    </div>
  );
});
