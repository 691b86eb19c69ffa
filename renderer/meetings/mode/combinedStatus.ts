import type { SaveStatus } from '../../persistence/debouncedSaver';

const severity: readonly SaveStatus[] = ['saved', 'pending', 'saving', 'error'];

/** The state to show for several savers at once: the least reassuring one wins. */
export function combinedStatus(statuses: Iterable<SaveStatus>): SaveStatus {
  let worst: SaveStatus = 'saved';
  for (const status of statuses) if (severity.indexOf(status) > severity.indexOf(worst)) worst = status;
  return worst;
}
