import { memo } from 'react';
import { sameSnippet, type Snippet } from '@shared/search/snippet';

/** The passage as text nodes with <mark> around the matches: nothing of the document is ever read as HTML. */
export const HighlightedText = memo(
  function HighlightedText({ snippet }: { snippet: Snippet }) {
    const parts: { text: string; marked: boolean }[] = [];
    let at = 0;
    for (const mark of snippet.marks) {
      if (mark.start > at) parts.push({ text: snippet.text.slice(at, mark.start), marked: false });
      parts.push({ text: snippet.text.slice(mark.start, mark.end), marked: true });
      at = mark.end;
    }
    if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
    return (
      <>
        {snippet.cutStart && '… '}
        {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
        {snippet.cutEnd && ' …'}
      </>
    );
  },
  (a, b) => sameSnippet(a.snippet, b.snippet),
);
