import Dexie from 'dexie';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { noFilters } from '@shared/search/searchCatalog';
import type { SearchSource } from '@shared/search/searchDocument';
import { soloViewer } from '@shared/search/visibility';
import { createAttachmentRepository } from '../../../../renderer/cases/attachmentRepository';
import { watchSearchSources } from '../../../../renderer/search/searchChangeWatcher';
import { createSearchService, type IndexState } from '../../../../renderer/search/searchService';
import { openSnapshotStore } from '../../../../renderer/search/snapshotStore';
import { createSourceReader } from '../../../../renderer/search/sourceReader';
import { corpusCases, corpusIds, corpusNotes, corpusVersions } from '../../../fixtures/search/corpus';
import { testDatabase } from '../db/testDatabase';

const queries = ['camera', 'beslissing', 'privacy', 'drones', 'algoritmes', 'ondoorzichtig', 'gezichtsherkenning', 'inkomen'];

/** The app's database with the fixed archive in it, its writes reported as the app reports them. */
async function archive() {
  const db = testDatabase();
  const changes: (SearchSource | 'all')[][] = [];
  watchSearchSources(db, (sources) => changes.push(sources));
  await db.cases.bulkAdd(corpusCases);
  await db.notes.bulkAdd(corpusNotes);
  await db.adviceVersions.bulkAdd(corpusVersions);
  changes.length = 0;
  // The worker opens the same database without a schema, as searchWorker.ts does.
  const reader = createSourceReader(new Dexie(db.name));
  return { db, changes, reader };
}

function service(reader: ReturnType<typeof createSourceReader>, storeName: string, states: IndexState[] = [], typingPauseMs?: number) {
  return createSearchService({ reader, store: openSnapshotStore(storeName), onState: (state) => states.push(state), saveDelayMs: 60_000, batchSize: 2, typingPauseMs });
}

const ids = (search: ReturnType<typeof service>, query: string) =>
  search.search(query, noFilters, soloViewer).flatMap((group) => group.hits.map((hit) => hit.id));

describe('search service', () => {
  it('builds the index at the first start, with progress, and finds what the records say', async () => {
    const { reader } = await archive();
    const states: IndexState[] = [];
    const search = service(reader, `search-${crypto.randomUUID()}`, states);
    await search.start();
    expect(states.some((state) => state.kind === 'building' && state.done > 0 && state.done < state.total)).toBe(true);
    expect(states.at(-1)).toEqual({ kind: 'ready', documents: 9 });
    expect(ids(search, 'gezichtsherkenning')).toEqual([`note:${corpusIds.cameraNote}`]);
  });

  it('follows an edit and a removal of a note as soon as the write committed', async () => {
    const { db, changes, reader } = await archive();
    const search = service(reader, `search-${crypto.randomUUID()}`);
    await search.start();

    await db.notes.update(corpusIds.cameraNote, { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kentekenherkenning bij de ingang.' }] }] } });
    expect(changes).toEqual([[{ table: 'notes', key: corpusIds.cameraNote }]]);
    await search.changed(changes.flat());
    expect(ids(search, 'gezichtsherkenning')).toEqual([]);
    expect(ids(search, 'kentekenherkenning')).toEqual([`note:${corpusIds.cameraNote}`]);

    changes.length = 0;
    await db.notes.delete(corpusIds.droneNote);
    await search.changed(changes.flat());
    expect(ids(search, 'tuinen')).toEqual([]);
  });

  it('drops a note moved to the trash and a change that was rolled back never arrives', async () => {
    const { db, changes, reader } = await archive();
    const search = service(reader, `search-${crypto.randomUUID()}`);
    await search.start();
    await db.notes.update(corpusIds.droneNote, { deletedAt: '2026-01-01T00:00:00.000Z' });
    await db
      .transaction('rw', db.notes, async () => {
        await db.notes.update(corpusIds.incomeNote, { deletedAt: '2026-01-01T00:00:00.000Z' });
        throw new Error('refused');
      })
      .catch(() => undefined);
    await search.changed(changes.flat());
    expect(changes.flat()).toEqual([{ table: 'notes', key: corpusIds.droneNote }]);
    expect(ids(search, 'tuinen')).toEqual([]);
    expect(ids(search, 'beslissing')).toEqual([`note:${corpusIds.incomeNote}`]);
  });

  it('stores the index so the next start loads it without building, equal to one built afresh', async () => {
    const { db, changes, reader } = await archive();
    const storeName = `search-${crypto.randomUUID()}`;
    const first = service(reader, storeName);
    await first.start();
    await db.notes.update(corpusIds.cameraNote, { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kentekenherkenning.' }] }] } });
    await db.cases.update(corpusIds.droneCase, { title: 'Drones boven het strand' });
    await db.adviceVersions.delete(corpusIds.forecastVersion);
    await first.changed(changes.flat());
    await first.flush();

    const states: IndexState[] = [];
    const loaded = service(reader, storeName, states);
    await loaded.start();
    expect(states.map((state) => state.kind)).toEqual(['ready']);

    const rebuilt = service(reader, `search-${crypto.randomUUID()}`);
    await rebuilt.start();
    for (const query of [...queries, 'kentekenherkenning', 'strand']) {
      expect(loaded.search(query, noFilters, soloViewer), query).toEqual(rebuilt.search(query, noFilters, soloViewer));
    }
    expect(loaded.catalog.size).toBe(rebuilt.catalog.size);
  });

  it('stores a built index once searching pauses, not while someone searches', async () => {
    const { reader } = await archive();
    const store = openSnapshotStore(`search-${crypto.randomUUID()}`);
    const search = createSearchService({ reader, store, onState: () => undefined, saveDelayMs: 1_000 });
    await search.start();
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      search.search('camera', noFilters, soloViewer);
    }
    expect(await store.size()).toBe(0);
    await expect.poll(() => store.size(), { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('catches up at start on changes that came after the index was stored', async () => {
    const { db, changes, reader } = await archive();
    const storeName = `search-${crypto.randomUUID()}`;
    const first = service(reader, storeName);
    await first.start();
    await db.notes.delete(corpusIds.droneNote);
    // Noted, but the window closed before the index was stored again.
    await first.changed(changes.flat());

    const next = service(reader, storeName);
    await next.start();
    expect(ids(next, 'tuinen')).toEqual([]);
  });

  it('builds anew over an index stored in the form of an earlier version', async () => {
    const { reader } = await archive();
    const storeName = `search-${crypto.randomUUID()}`;
    // What version 2 stored: MiniSearch's own form of the index.
    const earlier = new MiniSearch({ fields: ['title', 'text'] });
    earlier.add({ id: 'note:1', title: '', text: 'camera' });
    await openSnapshotStore(storeName).save(await reader.stamp(), JSON.stringify({ version: 2, index: earlier.toJSON(), cases: [] }), 0);

    const states: IndexState[] = [];
    const search = service(reader, storeName, states);
    await search.start();
    expect(states.map((state) => state.kind)).toContain('building');
    expect(ids(search, 'gezichtsherkenning')).toEqual([`note:${corpusIds.cameraNote}`]);
  });

  it('builds anew after a restore, which writes too much to follow record by record', async () => {
    const { db, changes, reader } = await archive();
    const search = service(reader, `search-${crypto.randomUUID()}`);
    await search.start();
    await db.notes.clear();
    expect(changes).toEqual([['all']]);
    await search.changed(changes.flat());
    expect(ids(search, 'gezichtsherkenning')).toEqual([]);
    expect(search.state).toEqual({ kind: 'ready', documents: 6 });
  });

  it('keeps the index it had when a rebuild is cancelled', async () => {
    const { reader } = await archive();
    const states: IndexState[] = [];
    const search = service(reader, `search-${crypto.randomUUID()}`, states);
    await search.start();
    const rebuild = search.rebuild();
    await new Promise((resolve) => setTimeout(resolve, 0));
    search.cancel();
    await rebuild;
    expect(states.at(-1)).toEqual({ kind: 'incomplete', documents: 9 });
    expect(ids(search, 'gezichtsherkenning')).toEqual([`note:${corpusIds.cameraNote}`]);
  });

  it('holds a build still while someone types, and finishes it once they pause', async () => {
    const { reader } = await archive();
    const states: IndexState[] = [];
    const search = service(reader, `search-${crypto.randomUUID()}`, states, 150);
    const progress = () => states.filter((state) => state.kind === 'building' && state.done > 0).length;
    const started = performance.now();
    search.typing();
    const built = search.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // At most the batch under way when the key came; nothing after it.
    expect(progress()).toBeLessThanOrEqual(1);
    search.typing();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(progress()).toBeLessThanOrEqual(1);

    await built;
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(progress()).toBeGreaterThan(2);
    expect(states.at(-1)).toEqual({ kind: 'ready', documents: 9 });
  });

  it('finds an attachment by its file name until it is removed', async () => {
    const { db, changes, reader } = await archive();
    const search = service(reader, `search-${crypto.randomUUID()}`);
    await search.start();
    const attachments = createAttachmentRepository(db);
    const added = await attachments.add(corpusIds.cameraCase, new File(['%PDF-1.7'], 'DPIA-camerabeelden.pdf'), 1024 * 1024);
    await search.changed(changes.splice(0).flat());
    if (!added.ok) throw new Error('not stored');
    expect(ids(search, 'camerabeelden')).toEqual([`attachment:${added.attachment.id}`]);
    await attachments.setRemoved(added.attachment.id, true);
    await search.changed(changes.splice(0).flat());
    expect(ids(search, 'camerabeelden')).toEqual([]);
  });
});
