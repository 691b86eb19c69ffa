import { useEffect, useState } from 'react';
import type { SyncedTable } from '@shared/sync/syncedTables';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';

/** How many records of each kind the first connection shares, so nobody uploads a board's record unawares. */
export function useSharePreview(): Record<SyncedTable, number> | null {
  const board = useService(boardModeKey);
  const [counts, setCounts] = useState<Record<SyncedTable, number> | null>(null);
  useEffect(() => {
    let live = true;
    void board.preview().then((result) => live && setCounts(result));
    return () => {
      live = false;
    };
  }, [board]);
  return counts;
}
