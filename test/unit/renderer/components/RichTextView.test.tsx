import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { RichTextView } from '../../../../renderer/components/RichTextView';

const render = (value: unknown, headingOffset?: number) =>
  renderToStaticMarkup(<RichTextView value={value as RichText} headingOffset={headingOffset} />);
const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const docOf = (...content: unknown[]) => ({ type: 'doc', content });

describe('RichTextView', () => {
  it('renders the editor nodes and marks as markup', () => {
    const html = render(
      docOf(
        { type: 'heading', attrs: { level: 2 }, content: [text('Kop')] },
        { type: 'paragraph', content: [text('vet', [{ type: 'bold' }]), { type: 'hardBreak' }, text('door', [{ type: 'strike' }])] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('drie')] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('citaat')] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [] }] }] },
      ),
      1,
    );
    expect(html).toContain('<h3>Kop</h3>');
    expect(html).toContain('<strong>vet</strong><br/><s>door</s>');
    expect(html).toContain('<ol start="3"><li><p>drie</p></li></ol>');
    expect(html).toContain('<blockquote><p>citaat</p></blockquote>');
    expect(html).toContain('<th colSpan="2" rowSpan="1">');
  });

  it('escapes text and keeps only https links', () => {
    const html = render(
      docOf({
        type: 'paragraph',
        content: [
          text('<script>alert(1)</script>'),
          text('kwaad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          text('goed', [{ type: 'link', attrs: { href: 'https://www.gemeente.example/advies' } }]),
        ],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://www.gemeente.example/advies" target="_blank" rel="noreferrer noopener">goed</a>');
  });

  it('shows an unknown node as a visible placeholder instead of dropping it', () => {
    const html = render(docOf({ type: 'iframe', attrs: { src: 'https://evil.example' } }));
    expect(html).toContain('rich-view__unknown');
    expect(html).not.toContain('<iframe');
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    let node: unknown = text('diep');
    for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] };
    expect(() => render(docOf(node))).not.toThrow();
  });
});
