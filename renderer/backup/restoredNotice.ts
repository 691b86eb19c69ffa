import { useEffect, useState } from 'react';

/** Carries "restored, safety copy is X" across the reload that follows a restore. */
export const restoredNoticeKey = 'beraad.backup.restored';

/** The notice, once: read on mount, removed after (so a second render still has it). */
export function useRestoredNotice(): string | null {
  const [notice] = useState(() => sessionStorage.getItem(restoredNoticeKey));
  useEffect(() => sessionStorage.removeItem(restoredNoticeKey), []);
  return notice;
}
