import { useEffect, useState } from 'react';
import type { SyncedTable } from '@shared/sync/syncedTables';

type RemoteChanges = (listener: (tables: ReadonlySet<SyncedTable>) => void) => () => void;
let source: RemoteChanges | null = null;

/** Composed once in main.tsx, like the write mode: every screen may ask, and solo mode simply never changes. */
export function bindRemoteChanges(onRemoteChange: RemoteChanges): void {
  source = onRemoteChange;
}

/**
 * A number that goes up whenever another member's change reached one of these
 * tables. A screen that reads once puts it among its effect's dependencies, so
 * it reads again.
 */
export function useRemoteVersion(...tables: SyncedTable[]): number {
  const [version, setVersion] = useState(0);
  const watched = tables.join(' ');
  useEffect(() => {
    const names = new Set(watched.split(' '));
    return source?.((changed) => {
      if ([...changed].some((table) => names.has(table))) setVersion((current) => current + 1);
    });
  }, [watched]);
  return version;
}
