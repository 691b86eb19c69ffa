import { canonicalJson } from './canonicalJson';

interface Identified {
  id: string;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Three-way merge of a list by its items' ids: `base` is what an editor
 * started from, `mine` what it holds now, `theirs` what is stored now (another
 * member's changes included). An item one side changed or added is kept as that
 * side has it (mine first when both changed it); an item one side removed goes,
 * unless the other side changed it: an edit is never lost to a removal. Mine's
 * order leads; an item only theirs has follows the item it follows there.
 */
export function mergeById<T extends Identified>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const [baseItems, mineItems, theirItems] = [byId(base), byId(mine), byId(theirs)];
  const changed = (item: T | undefined, original: T | undefined) => item !== undefined && (original === undefined || !same(item, original));

  const pick = (id: string): T | undefined => {
    const [original, ours, their] = [baseItems.get(id), mineItems.get(id), theirItems.get(id)];
    if (changed(ours, original)) return ours;
    if (changed(their, original)) return their;
    // Unchanged on both sides it stays only where neither removed it.
    return ours !== undefined && their !== undefined ? ours : undefined;
  };

  const merged: T[] = mine.flatMap((item) => pick(item.id) ?? []);
  theirs.forEach((item, index) => {
    if (mineItems.has(item.id)) return;
    const kept = pick(item.id);
    if (kept === undefined) return;
    const after = index === 0 ? -1 : merged.findIndex((other) => other.id === theirs[index - 1]!.id);
    merged.splice(after === -1 && index > 0 ? merged.length : after + 1, 0, kept);
  });
  return merged;
}
