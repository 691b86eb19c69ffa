import { startTransition, useEffect, useMemo, useState } from 'react';
import type { SearchGroup } from '@shared/search/searchCatalog';

/** More results than the dialog shows without scrolling, at any window size the app allows. */
export const firstScreenful = 12;

/**
 * The groups of an answer to draw now: its first results at once, all of them
 * once those are painted. Up to 45 results with their passages were drawn,
 * laid out and painted before any reached the screen; the ones below the
 * list's edge now follow in the next frames, interruptible by the next key.
 */
export function useFirstScreenful(groups: SearchGroup[] | undefined): SearchGroup[] | undefined {
  const [whole, setWhole] = useState<SearchGroup[]>();
  const first = useMemo(() => groups && firstOf(groups, firstScreenful), [groups]);
  useEffect(() => {
    if (!groups || first === groups) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame that paints the first results runs its callbacks first; the timeout then falls after its paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWhole(groups)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [groups, first]);
  return whole === groups ? groups : first;
}

/** The groups cut after `count` results in all; the same array when it holds no more than that. */
export function firstOf(groups: SearchGroup[], count: number): SearchGroup[] {
  if (groups.reduce((sum, group) => sum + group.hits.length, 0) <= count) return groups;
  let left = count;
  const cut: SearchGroup[] = [];
  for (const group of groups) {
    if (left === 0) break;
    cut.push({ ...group, hits: group.hits.slice(0, left) });
    left -= Math.min(left, group.hits.length);
  }
  return cut;
}
