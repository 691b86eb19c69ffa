import { memo } from 'react';
import type { SearchHit } from '@shared/search/searchCatalog';
import { sameSnippet } from '@shared/search/snippet';
import { HighlightedText } from './HighlightedText';

interface Props {
  hit: SearchHit;
  /** The option's id, which the search box names as its active descendant. */
  id: string;
  index: number;
  selected: boolean;
  title: string;
  onOpen(hit: SearchHit): void;
  onHover(index: number): void;
}

/*
 * Every answer comes from the worker as new objects, so a result is compared
 * by what it shows and opens; its score only ranks it.
 */
const sameHit = (a: SearchHit, b: SearchHit) =>
  a === b ||
  (a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.caseId === b.caseId &&
    a.caseTitle === b.caseTitle &&
    a.meetingId === b.meetingId &&
    a.place === b.place &&
    a.date === b.date &&
    sameSnippet(a.snippet, b.snippet));

/**
 * One result of the search list. Drawn again only when it shows something
 * else: a key typed into the box redrew every result and its highlighted
 * passage, first with the letter and then with the answer, before either
 * reached the screen.
 */
export const SearchResult = memo(
  function SearchResult({ hit, id, index, selected, title, onOpen, onHover }: Props) {
    return (
      <div id={id} role="option" aria-selected={selected} className="search-results__hit" onClick={() => onOpen(hit)} onMouseMove={() => onHover(index)}>
        <span className="search-results__title">{title}</span>
        {hit.caseTitle && hit.kind !== 'case' && <span className="search-results__case">{hit.caseTitle}</span>}
        <span className="search-results__passage">
          <HighlightedText snippet={hit.snippet} />
        </span>
      </div>
    );
  },
  (a, b) =>
    a.id === b.id &&
    a.index === b.index &&
    a.selected === b.selected &&
    a.title === b.title &&
    a.onOpen === b.onOpen &&
    a.onHover === b.onHover &&
    sameHit(a.hit, b.hit),
);
