/*
 * Until the server hands out reference numbers, two machines working apart
 * can give two cases the same one. Every machine then shows the same answer:
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
