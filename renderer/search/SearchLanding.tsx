import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { normalizeText } from '@shared/search/normalize';
import { readLandingState } from './searchPaths';

const highlightName = 'search-match';
/** Pages load their data and their editor after they render: give them this long to show the text. */
const waitMs = 5_000;

function findText(root: Element, word: string): Range | null {
  const wanted = normalizeText(word);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // Normalising keeps the length for the letters we search on, except for rare compatibility characters.
    const at = normalizeText(text).indexOf(wanted);
    if (at < 0 || normalizeText(text).length !== text.length) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    return range;
  }
  return null;
}

/**
 * After a search result opened a page: scrolls to the matching word and
 * highlights it with the CSS Custom Highlight API, which paints without
 * touching the page's DOM (an editor's content stays as it is).
 */
export function SearchLanding() {
  const location = useLocation();
  const match = readLandingState(location.state);
  useEffect(() => {
    const root = document.getElementById('inhoud');
    if (!match || !root) return;
    let shown: Range | null = null;
    // A page may replace what it first drew (an editor mounting over its text): a range on removed text goes empty, so it is found again.
    const show = () => {
      if (shown !== null && shown.toString() !== '') return;
      shown = findText(root, match);
      if (!shown) return;
      CSS.highlights?.set(highlightName, new Highlight(shown));
      shown.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    };
    show();
    const observer = new MutationObserver(show);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const stop = setTimeout(() => observer.disconnect(), waitMs);
    return () => {
      clearTimeout(stop);
      observer.disconnect();
      CSS.highlights?.delete(highlightName);
    };
  }, [match, location.key]);
  return null;
}
