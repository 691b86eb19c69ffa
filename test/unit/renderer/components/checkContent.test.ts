import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { checkRichText } from '../../../../renderer/components/richText/checkContent';
import { richTextExtensions } from '../../../../renderer/components/richTextExtensions';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

const valid = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Besluit')] },
  paragraph(text('Vet', [{ type: 'bold' }]), text(' en '), text('een link', [{ type: 'link', attrs: { href: 'https://www.gemeente.example/' } }])),
  { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('punt'))] }] },
);

const taskList = doc({
  type: 'taskList',
  content: [
    {
      type: 'taskItem',
      attrs: { checked: true },
      content: [paragraph(text('Agenda rondsturen')), { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('Zaal'))] }] }],
    },
  ],
});

const cell = (type: string, value: string, attrs: object = {}) => ({ type, attrs, content: [paragraph(text(value))] });
const table = (firstCellAttrs: object = {}) =>
  doc({
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('tableHeader', 'Wie', firstCellAttrs), cell('tableHeader', 'Wat')] },
      { type: 'tableRow', content: [cell('tableCell', 'Secretaris'), cell('tableCell', 'Agenda')] },
    ],
  });

const failure = (value: unknown, preset: 'description' | 'notes' = 'description') => {
  const result = checkRichText(value, preset);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
};

describe('checkRichText', () => {
  it('accepts a document of headings, marks, links and lists in both presets', () => {
    expect(checkRichText(valid, 'description')).toEqual({ ok: true });
    expect(checkRichText(valid, 'notes')).toEqual({ ok: true });
    expect(checkRichText(doc(paragraph()), 'description')).toEqual({ ok: true });
  });

  it('refuses a node type the schema does not know, naming it', () => {
    expect(failure(doc(paragraph(text('Gewone tekst')), { type: 'mermaidDiagram', attrs: { source: 'graph TD' } }))).toContain('mermaidDiagram');
  });

  it.each([
    ['null', null],
    ['a string', 'tekst'],
    ['a number', 42],
    ['an array', [doc(paragraph())]],
    ['a lone paragraph', { type: 'paragraph' }],
    ['a prototype key as type', { type: '__proto__' }],
    ['content that is not a list', { type: 'doc', content: 'tekst' }],
    ['a text node without text', doc(paragraph({ type: 'text' }))],
    ['an empty text node', doc(paragraph(text('')))],
    ['text straight in the document', doc(text('los'))],
    ['a line break with content', doc(paragraph({ type: 'hardBreak', content: [text('x')] }))],
  ])('refuses %s', (_name, value) => {
    failure(value);
  });

  it.each([
    ['marks that are not a list', paragraph({ type: 'text', text: 'x', marks: 'bold' })],
    ['a mark type the schema does not know', paragraph(text('x', [{ type: 'highlight' }]))],
    ['a mark that is null', paragraph(text('x', [null]))],
    ['the same mark twice', paragraph(text('x', [{ type: 'bold' }, { type: 'bold' }]))],
    ['a mark on a block node', { ...paragraph(text('x')), marks: [{ type: 'bold' }] }],
    ['a link without an address', paragraph(text('x', [{ type: 'link' }]))],
  ])('refuses %s, however deep it sits', (_name, wrong) => {
    failure(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [wrong] }] }] }));
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', 'http://www.gemeente.example', 'mailto:a@b.example'])(
    'refuses a link to %s, which the editor would only disarm',
    (href) => {
      expect(failure(doc(paragraph(text('klik', [{ type: 'link', attrs: { href } }]))))).toContain('disallowed address');
    },
  );

  it('survives a document nested deeper than the stack', () => {
    let deep: unknown = paragraph(text('bodem'));
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', content: [deep] };
    failure(doc(deep));
  });

  it('accepts nested task lists in notes only', () => {
    expect(checkRichText(taskList, 'notes')).toEqual({ ok: true });
    expect(failure(taskList, 'description')).toMatch(/Unknown node type: task(List|Item)/);
  });

  it('accepts a table with a header row in notes only', () => {
    expect(checkRichText(table(), 'notes')).toEqual({ ok: true });
    expect(failure(table(), 'description')).toMatch(/Unknown node type: table/);
  });

  it('refuses a table whose column span would blow it up, or a cell outside a row', () => {
    expect(checkRichText(table({ colspan: 150 }), 'notes')).toEqual({ ok: true });
    failure(table({ colspan: 1_000_000 }), 'notes');
    failure(table({ colspan: 0 }), 'notes');
    failure(doc({ type: 'table', content: [cell('tableCell', 'los')] }), 'notes');
  });
});

describe('the description preset', () => {
  it('knows every node and mark StarterKit has, so no stored description turns unreadable', () => {
    const starterKit = getSchema([StarterKit]);
    const description = getSchema(richTextExtensions('description'));
    expect(Object.keys(description.nodes).sort()).toEqual(Object.keys(starterKit.nodes).sort());
    expect(Object.keys(description.marks).sort()).toEqual(Object.keys(starterKit.marks).sort());
    const stored = doc(
      { type: 'codeBlock', content: [text('x = 1')] },
      { type: 'horizontalRule' },
      paragraph(text('code', [{ type: 'code' }]), text('onder', [{ type: 'underline' }]), text('door', [{ type: 'strike' }])),
    );
    expect(checkRichText(stored, 'description')).toEqual({ ok: true });
    expect(checkRichText(stored, 'notes').ok).toBe(false);
  });
});
