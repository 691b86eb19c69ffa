import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '@shared/cases/caseSchema';
import { parseExternalUrl } from '@shared/util/safeUrl';
// Shown in place of an editor too (DeferredRichTextEditor): the same look before the editor's code is there.
import './richText/richText.css';

interface Node {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown>;
  marks?: { type?: unknown; attrs?: Record<string, unknown> }[];
  content?: unknown[];
}

const maxDepth = 100;

/**
 * Stored rich text shown read-only, without an editor: an issued advice or a
 * comparison opens much faster this way. React escapes all text, links are
 * kept only for https, and a node the app does not know shows as a visible
 * placeholder instead of disappearing.
 */
export function RichTextView({ value, headingOffset = 0 }: { value: RichText; headingOffset?: number }) {
  const { t } = useTranslation();

  function marked(text: string, marks: Node['marks'] = []): ReactNode {
    return marks.reduce<ReactNode>((inner, mark) => {
      switch (mark.type) {
        case 'bold':
          return <strong>{inner}</strong>;
        case 'italic':
          return <em>{inner}</em>;
        case 'underline':
          return <u>{inner}</u>;
        case 'strike':
          return <s>{inner}</s>;
        case 'code':
          return <code>{inner}</code>;
        case 'link': {
          const url = parseExternalUrl(String(mark.attrs?.href ?? ''));
          return url ? (
            <a href={url.href} target="_blank" rel="noreferrer noopener">
              {inner}
            </a>
          ) : (
            inner
          );
        }
        default:
          return inner;
      }
    }, text);
  }

  function children(node: Node, depth: number): ReactNode {
    return (node.content ?? []).map((child, index) => <Fragment key={index}>{render(child as Node, depth + 1)}</Fragment>);
  }

  function render(node: Node, depth: number): ReactNode {
    if (typeof node !== 'object' || node === null || depth > maxDepth) return null;
    const inner = () => children(node, depth);
    switch (node.type) {
      case 'doc':
        return inner();
      case 'text':
        return marked(String(node.text ?? ''), node.marks);
      case 'paragraph':
        return <p>{inner()}</p>;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2) + headingOffset));
        const Tag = `h${level}` as 'h2';
        return <Tag>{inner()}</Tag>;
      }
      case 'bulletList':
        return <ul>{inner()}</ul>;
      case 'orderedList':
        return <ol start={Number(node.attrs?.start ?? 1)}>{inner()}</ol>;
      case 'listItem':
        return <li>{inner()}</li>;
      case 'taskList':
        return <ul className="rich-view__tasks">{inner()}</ul>;
      case 'taskItem':
        return (
          <li>
            <span role="img" aria-label={t(node.attrs?.checked ? 'richText.view.done' : 'richText.view.open')}>
              {node.attrs?.checked ? '☑' : '☐'}
            </span>{' '}
            {inner()}
          </li>
        );
      case 'blockquote':
        return <blockquote>{inner()}</blockquote>;
      case 'codeBlock':
        return (
          <pre>
            <code>{inner()}</code>
          </pre>
        );
      case 'horizontalRule':
        return <hr />;
      case 'hardBreak':
        return <br />;
      case 'table':
        return (
          <table className="rich-view__table">
            <tbody>{inner()}</tbody>
          </table>
        );
      case 'tableRow':
        return <tr>{inner()}</tr>;
      case 'tableHeader':
      case 'tableCell': {
        const Cell = node.type === 'tableHeader' ? 'th' : 'td';
        return (
          <Cell colSpan={Number(node.attrs?.colspan ?? 1)} rowSpan={Number(node.attrs?.rowspan ?? 1)}>
            {inner()}
          </Cell>
        );
      }
      default:
        return <span className="rich-view__unknown">{t('richText.view.unknown', { type: String(node.type) })}</span>;
    }
  }

  return <div className="rich-view">{render(value as Node, 0)}</div>;
}
