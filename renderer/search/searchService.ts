import { documentIds, extractDocuments } from '@shared/search/extractDocuments';
import { SearchCatalog, type SearchFilters, type SearchGroup } from '@shared/search/searchCatalog';
import { searchTables, type SearchDocument, type SearchSource } from '@shared/search/searchDocument';
import type { SearchViewer } from '@shared/search/visibility';
import type { SnapshotStore } from './snapshotStore';
import type { SourceReader } from './sourceReader';

/** ready: searches the whole record; building: a rebuild runs (searches use what is there); incomplete: a rebuild was cancelled. */
export type IndexState =
  | { kind: 'starting' }
  | { kind: 'ready'; documents: number }
  | { kind: 'building'; done: number; total: number }
  | { kind: 'incomplete'; documents: number };

export interface SearchServiceOptions {
  reader: SourceReader;
  store: SnapshotStore;
  onState(state: IndexState): void;
  /** False in a window that does not write: it reads the stored index but never replaces it. */
  persist?: boolean;
  /** How long after the last change the index is stored; changes meanwhile are kept in the journal. */
  saveDelayMs?: number;
  batchSize?: number;
  /** How long a build holds still after the person last pressed a key. */
  typingPauseMs?: number;
}

/**
 * The search index as the worker holds it: loaded from its own database at
 * start (built only when there is none, or it was made from another database),
 * kept current change by change, stored again after a quiet moment.
 */
export function createSearchService({ reader, store, onState, persist = true, saveDelayMs = 5_000, batchSize = 500, typingPauseMs = 400 }: SearchServiceOptions) {
  let catalog = SearchCatalog.empty();
  let state: IndexState = { kind: 'starting' };
  let building: { cancelled: boolean } | null = null;
  let noted = 0;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let typedAt = -Infinity;
  /** How long until the person typing has paused long enough for a build to go on. */
  const quietIn = () => typedAt + typingPauseMs - performance.now();
  let work: Promise<unknown> = Promise.resolve();

  const setState = (next: IndexState) => {
    state = next;
    onState(next);
  };

  /** One change at a time, in the order they came: a later edit never loses against an earlier one. */
  const serial = <T,>(task: () => Promise<T>): Promise<T> => {
    const next = work.then(task, task);
    work = next.catch(() => undefined);
    return next;
  };

  async function apply(sources: readonly SearchSource[]): Promise<void> {
    for (const source of sources) {
      const documents: SearchDocument[] = extractDocuments(source.table, await reader.get(source));
      catalog.replace(documentIds(source), documents);
    }
  }

  async function save(): Promise<void> {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (!persist || building || state.kind !== 'ready') return;
    const upTo = noted;
    await store.save(await reader.stamp(), JSON.stringify(catalog.toJson()), upTo);
  }

  const scheduleSave = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void serial(save), saveDelayMs);
  };

  async function build(): Promise<void> {
    const run = { cancelled: false };
    building = run;
    const next = SearchCatalog.empty();
    const total = await reader.count();
    let done = 0;
    setState({ kind: 'building', done, total });
    for (const table of searchTables) {
      for await (const records of reader.scan(table, batchSize)) {
        if (run.cancelled) break;
        next.replace([], records.flatMap((record) => extractDocuments(table, record)));
        done += records.length;
        setState({ kind: 'building', done, total });
        // Lets a search or a cancel in between: the worker answers while it builds.
        await new Promise((resolve) => setTimeout(resolve, 0));
        /*
         * While someone types, the build holds still: on a machine of two
         * cores it took the processor the page needed for their keys (median
         * key-to-paint 15 ms against 8 ms with nothing building).
         */
        while (quietIn() > 0 && !run.cancelled) await new Promise((resolve) => setTimeout(resolve, quietIn()));
      }
    }
    building = null;
    if (run.cancelled) {
      setState({ kind: 'incomplete', documents: catalog.size });
      return;
    }
    // Changes made while the tables were read wait in the queue behind this build and are applied after it.
    catalog = next;
    setState({ kind: 'ready', documents: catalog.size });
    // Stored after a quiet moment, as after any change: writing it out holds the worker for seconds, and right after a rebuild someone is searching.
    scheduleSave();
  }

  return {
    /** Loads the stored index, catching up on the changes it did not hold yet; builds one when there is none to trust. */
    start(): Promise<void> {
      return serial(async () => {
        const [snapshot, stamp] = await Promise.all([store.load(), reader.stamp()]);
        const loaded = snapshot && snapshot.stamp === stamp ? SearchCatalog.fromJson(JSON.parse(snapshot.json)) : null;
        if (!loaded) return build();
        catalog = loaded;
        const pending = await store.pending();
        if (pending.includes('all')) return build();
        await apply(pending.filter((source): source is SearchSource => source !== 'all'));
        setState({ kind: 'ready', documents: catalog.size });
        if (pending.length > 0) scheduleSave();
      });
    },

    /** Records were written (or removed); 'all' when too much changed at once to follow record by record (a restore). */
    changed(sources: readonly (SearchSource | 'all')[]): Promise<void> {
      return serial(async () => {
        if (persist) noted = await store.note(sources);
        if (sources.includes('all')) return build();
        await apply(sources.filter((source): source is SearchSource => source !== 'all'));
        if (state.kind === 'ready') setState({ kind: 'ready', documents: catalog.size });
        scheduleSave();
      });
    },

    rebuild(): Promise<void> {
      return serial(build);
    },

    /** The person pressed a key: a build waits until they have paused. Answered at once, not after the queue. */
    typing(): void {
      typedAt = performance.now();
    },

    /** Stops a rebuild; the index that was there stays in use. Answered at once, not after the queue. */
    cancel(): void {
      if (building) building.cancelled = true;
    },

    /** Stores the index now (the page is being hidden or closed). */
    flush(): Promise<void> {
      return serial(save);
    },

    search(query: string, filters: SearchFilters, viewer: SearchViewer): SearchGroup[] {
      // A search is not a quiet moment: storing waits until the searching pauses, so no keystroke waits behind it.
      if (saveTimer) scheduleSave();
      return catalog.search(query, filters, viewer);
    },

    get state(): IndexState {
      return state;
    },

    get catalog(): SearchCatalog {
      return catalog;
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
