import { describe, expect, it } from 'vitest';
import {
  attachmentLimitMbOf,
  checkAttachmentSizes,
  checkKeysFree,
  checkParents,
  checkTextSize,
  checkUniqueValues,
  exceedsChars,
} from '@shared/backup/checkRecords';
import { contentLimits } from '@shared/backup/limits';
import { emptyTables, type TableRecords } from '@shared/backup/tables';
import { everyTable, ids } from '../../../fixtures/backup/records';

const megabyte = 1024 * 1024;
const tables = (changes: Partial<TableRecords> = {}): TableRecords => ({ ...emptyTables(), ...structuredClone(everyTable), ...changes }) as TableRecords;

describe('checkUniqueValues', () => {
  it('passes the fixture, whose cases have different numbers', () => {
    expect(checkUniqueValues(tables())).toBeNull();
  });

  it('names the second case with a number already used', () => {
    const [a, b] = everyTable.cases;
    expect(checkUniqueValues(tables({ cases: [a!, { ...b!, reference: a!.reference }] }))).toEqual({
      code: 'duplicateValue',
      table: 'cases',
      id: ids.caseB,
      field: 'reference',
      value: 'EA-2026-001',
    });
  });
});

describe('checkParents', () => {
  it('passes the fixture, where every record’s owner is there', () => {
    expect(checkParents(tables(), 'full')).toBeNull();
  });

  it('names a description whose case is absent', () => {
    expect(checkParents(tables({ cases: everyTable.cases.slice(1) }), 'full')).toMatchObject({
      code: 'missingParent',
      table: 'caseDescriptions',
      id: ids.caseA,
      field: 'caseId',
      parentTable: 'cases',
      parentId: ids.caseA,
    });
  });

  it('names an attachment, a revision and an advice version without their owner', () => {
    const orphan = '0b8f4c36-3d3c-4e4a-9a57-6f1e1c1a00ff';
    const attachments = [{ ...everyTable.attachments[0]!, caseId: orphan }];
    expect(checkParents(tables({ attachments }), 'full')).toMatchObject({ table: 'attachments', id: ids.attachment, parentTable: 'cases', parentId: orphan });
    expect(checkParents(tables({ notes: everyTable.notes.slice(1) }), 'full')).toMatchObject({ table: 'noteRevisions', id: ids.revision, parentTable: 'notes' });
    expect(checkParents(tables({ advices: [] }), 'full')).toMatchObject({ table: 'adviceVersions', id: ids.version, parentTable: 'advices' });
  });

  it('names a meeting whose agenda lists a case that is absent', () => {
    const [meeting] = everyTable.meetings;
    const agenda = [...(meeting!.agenda as object[]), { id: ids.itemB, caseId: ids.person, plannedMinutes: 0, methodId: 'x' }];
    expect(checkParents(tables({ meetings: [{ ...meeting!, agenda }] }), 'full')).toMatchObject({ table: 'meetings', field: 'agenda.caseId', parentId: ids.person });
  });

  it('lets an action without a meeting be, and a package leave out the meeting of a note', () => {
    expect(checkParents(tables({ actions: [{ ...everyTable.actions[0]!, meetingId: null, agendaItemId: null }] }), 'full')).toBeNull();
    expect(checkParents(tables({ meetings: [] }), 'case')).toBeNull();
    expect(checkParents(tables({ meetings: [] }), 'full')).toMatchObject({ table: 'notes', field: 'meetingId' });
  });
});

describe('checkTextSize', () => {
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('counts the strings of a document, stopping once past the limit', () => {
    expect(exceedsChars(doc('abc'), 100)).toBe(false);
    expect(exceedsChars(doc('a'.repeat(101)), 100)).toBe(true);
    expect(exceedsChars({ attrs: { href: 'x'.repeat(6) }, text: 'y'.repeat(5) }, 10)).toBe(true);
  });

  it('names the record and the field of a text over the limit', () => {
    const record = { caseId: ids.caseA };
    expect(checkTextSize('caseDescriptions', record, [{ field: 'doc', doc: doc('kort') }])).toBeNull();
    expect(checkTextSize('caseDescriptions', record, [{ field: 'doc', doc: doc('a'.repeat(contentLimits.maxDocumentChars + 1)) }])).toEqual({
      code: 'textTooLarge',
      table: 'caseDescriptions',
      id: ids.caseA,
      field: 'doc',
      limit: contentLimits.maxDocumentChars,
    });
  });
});

describe('attachment sizes', () => {
  const attachment = (size: number) => ({ ...everyTable.attachments[0]!, size });

  it('uses the same limit as an upload: up to it is fine, a byte more is not', () => {
    expect(checkAttachmentSizes([attachment(50 * megabyte)], 50)).toBeNull();
    expect(checkAttachmentSizes([attachment(50 * megabyte + 1)], 50)).toEqual({
      code: 'attachmentTooLarge',
      table: 'attachments',
      id: ids.attachment,
      name: everyTable.attachments[0]!.name,
      limitMb: 50,
      maxMb: contentLimits.maxAttachmentMb,
    });
    expect(checkAttachmentSizes([attachment(51 * megabyte)], 100)).toBeNull();
  });

  it('reads the limit from the stored settings, or takes the default', () => {
    const settings = (value: unknown) => [{ key: 'app', value, updatedAt: '2026-01-01T00:00:00.000Z' }];
    expect(attachmentLimitMbOf(settings({ attachmentLimitMb: 120 }))).toBe(120);
    expect(attachmentLimitMbOf(settings({ attachmentLimitMb: 5000 }))).toBe(contentLimits.defaultAttachmentMb);
    expect(attachmentLimitMbOf([])).toBe(contentLimits.defaultAttachmentMb);
  });
});

describe('checkKeysFree', () => {
  it('names a record whose key is taken here', () => {
    const add = tables();
    expect(checkKeysFree(add, { notes: new Set() })).toBeNull();
    expect(checkKeysFree(add, { notes: new Set([ids.noteB]) })).toEqual({ code: 'idInUse', table: 'notes', id: ids.noteB });
  });
});
