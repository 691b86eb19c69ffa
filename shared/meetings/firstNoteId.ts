/*
 * The id of an agenda item's first note, the same on every machine. Two
 * members who start taking notes on one item while apart then write one note
 * (and type in one shared text) instead of two that hide each other. Every
 * digit of the last group differs from the item's id, so the two never clash;
 * the version and variant digits stay, so it is still a valid UUID.
 */
export function firstNoteId(agendaItemId: string): string {
  const head = agendaItemId.slice(0, -12);
  const tail = [...agendaItemId.slice(-12)].map((digit) => (parseInt(digit, 16) ^ 0xa).toString(16)).join('');
  return `${head}${tail}`;
}
