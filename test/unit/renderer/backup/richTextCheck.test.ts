import { describe, expect, it } from 'vitest';
import { fitsEditor } from '../../../../renderer/backup/richTextCheck';
import { checkRichText } from '../../../../renderer/components/richText/checkContent';
import { everyTable, richDescription } from '../../../fixtures/backup/records';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

const cases: [string, unknown, 'description' | 'notes'][] = [
  ['a rich description', richDescription, 'description'],
  ['a note with a task list', everyTable.notes[0]!.doc, 'notes'],
  ['a task list in a description', everyTable.notes[0]!.doc, 'description'],
  ['an unknown node', doc({ type: 'html', attrs: { html: '<script>alert(1)</script>' } }), 'description'],
  ['an image', doc({ type: 'image', attrs: { src: 'https://example.nl/x.png' } }), 'notes'],
  ['a javascript: link', doc({ type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] }), 'description'],
  ['an http link', doc({ type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href: 'http://example.nl' } }])] }), 'notes'],
  ['a paragraph as top node', { type: 'paragraph' }, 'description'],
  ['a deep document', JSON.parse('{"type":"doc","content":[' + '{"type":"blockquote","content":['.repeat(3000) + '{"type":"paragraph"}' + ']}'.repeat(3000) + ']}'), 'description'],
];

describe('fitsEditor', () => {
  it.each(cases)('agrees with the editor’s own check on %s', (_name, value, preset) => {
    expect(fitsEditor(value, preset)).toBe(checkRichText(value, preset).ok);
  });

  it.each([
    ['an onclick on a paragraph', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('klik')] })],
    ['a style on a bold mark', doc({ type: 'paragraph', content: [text('x', [{ type: 'bold', attrs: { style: 'x' } }])] })],
    ['an extra field on a text node', doc({ type: 'paragraph', content: [{ ...text('x'), html: '<b>x</b>' }] })],
  ])('is stricter than the editor on unknown attributes: refuses %s', (_name, value) => {
    expect(checkRichText(value, 'description').ok).toBe(true);
    expect(fitsEditor(value, 'description')).toBe(false);
  });

  it('accepts the empty document the app stores', () => {
    expect(fitsEditor({ type: 'doc', content: [] }, 'notes')).toBe(true);
  });
});
