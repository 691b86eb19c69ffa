/*
 * In board mode the server hands out reference numbers, but older data can
 * still give two cases the same one (two machines that numbered while apart
 * before, a solo database moved to the board). Every machine then shows the same answer:
 * the case registered first keeps the number, the other carries it with a
 * mark of its own id, so neither case is hidden and no number is shared.
 */
interface Numbered {
  id: string;
  reference: string;
  createdAt: string;
}

export function keepsReference(a: Numbered, b: Numbered): boolean {
  return a.createdAt === b.createdAt ? a.id < b.id : a.createdAt < b.createdAt;
}

export const markedReference = (record: Numbered): string => `${record.reference}~${record.id.slice(0, 4)}`;
