import type { SearchDocument } from './searchDocument';

/**
 * Who is searching. In solo mode the one user sees the whole record. Board
 * mode will name the cases a person may open and whether they may read what
 * is kept from publication; it plugs in here and nowhere else.
 */
export type SearchViewer = { kind: 'solo' };

export const soloViewer: SearchViewer = { kind: 'solo' };

/** The one place that decides whether a document may be found: hidden ones are not counted either. */
export function isVisible(_document: Pick<SearchDocument, 'caseId' | 'confidential'>, viewer: SearchViewer): boolean {
  switch (viewer.kind) {
    case 'solo':
      return true;
  }
}
