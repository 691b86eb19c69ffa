import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import { fieldsToWrite, readRecordWithText, readSharedText, touchedSharedTexts } from '@shared/sync/sharedText';
import { parseSharedTextName, recommendationPath, sharedTextName } from '@shared/sync/sharedTextNames';
import { richTextExtensions } from '../../../../renderer/components/richTextExtensions';

const schema = getSchema(richTextExtensions('notes'));
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const noteId = '6f1c2b8e-8a43-4c1e-9d55-0f3c1b2a7e10';
const note = { id: noteId, doc: paragraph('zoals opgeslagen'), deletedAt: null };
const noteText = { table: 'notes', key: noteId, path: 'doc' } as const;

function typeInto(doc: Y.Doc, text: string): void {
  prosemirrorJSONToYXmlFragment(schema, paragraph(text), doc.getXmlFragment(sharedTextName(noteText)));
}

describe('shared text', () => {
  it('names its fragment after the record, and reads only names of its own', () => {
    expect(parseSharedTextName(sharedTextName(noteText))).toEqual(noteText);
    expect(parseSharedTextName('notes')).toBeNull();
    expect(parseSharedTextName('text:cases:1:title')).toBeNull();
    expect(parseSharedTextName(`text:notes:${noteId}:title`)).toBeNull();
    const recommendation = { table: 'adviceVersions', key: noteId, path: recommendationPath(noteId) } as const;
    expect(parseSharedTextName(sharedTextName(recommendation))).toEqual(recommendation);
    expect(parseSharedTextName(`text:adviceVersions:${noteId}:recommendations.1.text`)).toBeNull();
    expect(parseSharedTextName(`text:adviceVersions:${noteId}:recommendations.${noteId}.direction`)).toBeNull();
  });

  it('leaves the stored field alone until someone typed in the fragment', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'notes', noteId, note, null);
    expect(readSharedText(doc, noteText)).toBeNull();
    expect(readRecordWithText(doc, 'notes', noteId)?.doc).toEqual(note.doc);
    doc.getXmlFragment(sharedTextName(noteText));
    expect(readRecordWithText(doc, 'notes', noteId)?.doc).toEqual(note.doc);
  });

  it('shows the fragment as the field once it holds text', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'notes', noteId, note, null);
    typeInto(doc, 'zoals getypt');
    expect(readRecordWithText(doc, 'notes', noteId)?.doc).toEqual(paragraph('zoals getypt'));
  });

  it('leaves out of a write a text field that shows what its fragment says already, and keeps the rest as asked', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'notes', noteId, note, null);
    typeInto(doc, 'zoals getypt');
    const saved = { ...note, doc: paragraph('zoals getypt'), updatedAt: '2026-06-01T10:00:00.000Z' };

    expect(fieldsToWrite(doc, 'notes', noteId, saved, ['doc', 'updatedAt'])).toEqual(['updatedAt']);
    // Every field, as null asks: the record's own too, so a field the row lacks is still removed.
    writeRecord(doc, 'notes', noteId, { ...note, caseId: 'c1' }, ['caseId']);
    const all = fieldsToWrite(doc, 'notes', noteId, saved, null);
    expect([...all!].sort()).toEqual(['caseId', 'deletedAt', 'id', 'updatedAt']);
    writeRecord(doc, 'notes', noteId, saved, all);
    expect(readRecord(doc, 'notes', noteId)).toEqual({ ...note, updatedAt: saved.updatedAt });
    expect(readRecordWithText(doc, 'notes', noteId)).toEqual(saved);

    // A text the fragment does not say is written, and so is anything in a table without shared texts.
    expect(fieldsToWrite(doc, 'notes', noteId, { ...saved, doc: paragraph('anders') }, ['doc'])).toEqual(['doc']);
    expect(fieldsToWrite(doc, 'cases', 'c1', { id: 'c1', title: 'x' }, null)).toBeNull();
  });

  it('finds the record from a change deep inside its fragment', () => {
    const doc = new Y.Doc();
    typeInto(doc, 'begin');
    const seen: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => seen.push(...touchedSharedTexts(transaction)));
    const paragraphElement = doc.getXmlFragment(sharedTextName(noteText)).get(0) as Y.XmlElement;
    (paragraphElement.get(0) as Y.XmlText).insert(5, ' en meer');
    expect(seen).toEqual([{ table: 'notes', key: noteId }]);
    expect(readSharedText(doc, noteText)).toEqual(paragraph('begin en meer'));
  });

  it('keeps what two people typed apart in one text', () => {
    const first = new Y.Doc();
    typeInto(first, 'Camera');
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const textIn = (doc: Y.Doc) => (doc.getXmlFragment(sharedTextName(noteText)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    textIn(first).insert(0, 'De ');
    textIn(second).insert(6, ' hangt');
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(readSharedText(first, noteText)).toEqual(paragraph('De Camera hangt'));
    expect(readSharedText(second, noteText)).toEqual(readSharedText(first, noteText));
  });

  it('shows a draft advice section as typed, and an issued version only as the record says', () => {
    const doc = new Y.Doc();
    const versionId = '0b7a4c1e-2f3d-4a5b-8c6d-7e8f9a0b1c2d';
    const stored = { id: versionId, status: 'draft', sections: { context: paragraph('opgeslagen'), question: paragraph('vraag') } };
    writeRecord(doc, 'adviceVersions', versionId, stored, null);
    const context = { table: 'adviceVersions', key: versionId, path: 'sections.context' } as const;
    prosemirrorJSONToYXmlFragment(schema, paragraph('samen getypt'), doc.getXmlFragment(sharedTextName(context)));
    expect(readRecordWithText(doc, 'adviceVersions', versionId)?.sections).toEqual({ context: paragraph('samen getypt'), question: paragraph('vraag') });
    writeRecord(doc, 'adviceVersions', versionId, { ...stored, status: 'issued' }, ['status']);
    expect(readRecordWithText(doc, 'adviceVersions', versionId)?.sections).toEqual(stored.sections);
  });

  it("shows a draft recommendation's text as typed, by its id wherever the list has it", () => {
    const doc = new Y.Doc();
    const versionId = '0b7a4c1e-2f3d-4a5b-8c6d-7e8f9a0b1c2d';
    const [first, second] = ['1d6a0c5e-3b2f-4e8a-9c7d-5f4e3d2c1b0a', '2e7b1d6f-4c3a-4f9b-8d8e-6a5f4e3d2c1b'];
    const recommendation = (id: string, text: string) => ({ id, text: paragraph(text), direction: null, confidential: false });
    const stored = { id: versionId, status: 'draft', sections: {}, recommendations: [recommendation(first, 'eerste'), recommendation(second, 'tweede')] };
    writeRecord(doc, 'adviceVersions', versionId, stored, null);
    const ref = { table: 'adviceVersions', key: versionId, path: recommendationPath(second) } as const;
    prosemirrorJSONToYXmlFragment(schema, paragraph('tweede, samen getypt'), doc.getXmlFragment(sharedTextName(ref)));
    const texts = () => (readRecordWithText(doc, 'adviceVersions', versionId)?.recommendations as { id: string; text: unknown }[]).map((item) => [item.id, item.text]);

    expect(texts()).toEqual([
      [first, paragraph('eerste')],
      [second, paragraph('tweede, samen getypt')],
    ]);
    writeRecord(doc, 'adviceVersions', versionId, { recommendations: [stored.recommendations[1], stored.recommendations[0]] }, ['recommendations']);
    expect(texts()).toEqual([
      [second, paragraph('tweede, samen getypt')],
      [first, paragraph('eerste')],
    ]);
    writeRecord(doc, 'adviceVersions', versionId, { recommendations: [stored.recommendations[0]] }, ['recommendations']);
    expect(texts()).toEqual([[first, paragraph('eerste')]]);
  });
});

