import type { RegisterRow } from '@shared/advice/register';

/** An advice needs attention when the process owner's conclusion is late or its re-review has come. */
export const needsAttention = (row: Pick<RegisterRow, 'flags'>): boolean => row.flags.conclusionOverdue || row.flags.reReviewDue;

export interface AttentionLists {
  /** Longest overdue first: the conclusion that was due earliest. */
  conclusionOverdue: RegisterRow[];
  /** Re-reviews that came earliest first. */
  reReviewDue: RegisterRow[];
  /** Versions the board is reviewing, by reference. */
  inReview: RegisterRow[];
}

/** What the dashboard lists, taken from the register rows in one pass each. */
export function attentionLists(rows: readonly RegisterRow[]): AttentionLists {
  const by = (date: (row: RegisterRow) => string) => (a: RegisterRow, b: RegisterRow) =>
    date(a).localeCompare(date(b)) || a.reference.localeCompare(b.reference);
  return {
    conclusionOverdue: rows.filter((row) => row.flags.conclusionOverdue).sort(by((row) => row.conclusionDueOn ?? '')),
    reReviewDue: rows.filter((row) => row.flags.reReviewDue).sort(by((row) => row.followUp.reReviewOn ?? '')),
    inReview: rows.filter((row) => row.version.status === 'review').sort((a, b) => a.reference.localeCompare(b.reference)),
  };
}
