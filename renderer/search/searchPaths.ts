import type { SearchHit } from '@shared/search/searchCatalog';

/** Where a result opens: the page, and the agenda item or advice version that holds the match. */
export function searchHitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'case':
    case 'description':
    case 'attachment':
    case 'action':
      return `/casussen/${hit.caseId}`;
    case 'note':
    case 'record':
      return `/vergaderingen/${hit.meetingId}/modus?agendapunt=${hit.place}`;
    case 'advice':
      return `/casussen/${hit.caseId}/advies?versie=${hit.title}`;
    case 'conclusion':
      return `/casussen/${hit.caseId}/advies`;
    case 'meeting':
      return `/vergaderingen/${hit.meetingId}`;
    case 'person':
      return '/personen';
  }
}

/** What the opened page receives in the history state: the word to scroll to and highlight. */
export interface SearchLandingState {
  searchMatch: string;
}

export function readLandingState(state: unknown): string | null {
  const match = (state as Partial<SearchLandingState> | null)?.searchMatch;
  return typeof match === 'string' && match !== '' ? match : null;
}
