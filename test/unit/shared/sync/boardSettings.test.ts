import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardSettingsName, readConflictPolicy, writeConflictPolicy } from '@shared/sync/boardSettings';

describe('the board’s settings in its document', () => {
  it('lets a member with a conflict of interest read the case until the secretary chooses otherwise, on every machine', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    expect(readConflictPolicy(a)).toBe('readOnly');
    writeConflictPolicy(a, 'excluded');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readConflictPolicy(b)).toBe('excluded');
  });

  it('reads a value it does not know as read-only', () => {
    const doc = new Y.Doc();
    doc.getMap(boardSettingsName).set('conflictPolicy', 'iets anders');
    expect(readConflictPolicy(doc)).toBe('readOnly');
  });
});
