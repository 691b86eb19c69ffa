import { describe, expect, it } from 'vitest';
import { documentAccess, ownsCase } from '@shared/accounts/documentAccess';
import type { ConflictDeclaration } from '@shared/people/boardSchema';

const personId = '7d1c1a52-3f7e-4f51-9d44-6c3f2f8f0a01';
const member = { role: 'lid', active: true, personId, caseIds: [] } as const;
const guest = { role: 'gast', active: true, personId: null, caseIds: ['case-a'] } as const;
const board = { kind: 'board' } as const;
const caseA = { kind: 'case', caseId: 'case-a' } as const;
const caseB = { kind: 'case', caseId: 'case-b' } as const;
const conflict = (measure: ConflictDeclaration['measure']): ConflictDeclaration => ({ personId, declaredOn: '2026-12-01', description: 'Buurman', measure });

describe('documentAccess', () => {
  it.each([
    ['secretaris', 'write'],
    ['procesbegeleider', 'write'],
    ['lid', 'write'],
    ['gast', 'none'],
    ['projectleider', 'none'],
    ['proceseigenaar', 'none'],
  ] as const)('gives a %s %s access to the board document', (role, access) => {
    expect(documentAccess({ ...member, role }, board, [])).toBe(access);
  });

  it('lets a guest read only the cases they were invited to', () => {
    expect(documentAccess(guest, caseA, [])).toBe('read');
    expect(documentAccess(guest, caseB, [])).toBe('none');
  });

  it('makes a member who does not take part because of a conflict read-only on that case only', () => {
    expect(documentAccess(member, caseA, [conflict('neemt_niet_deel')])).toBe('read');
    expect(documentAccess(member, caseB, [])).toBe('write');
    expect(documentAccess({ ...member, personId: null }, caseA, [conflict('neemt_niet_deel')])).toBe('write');
  });

  it('keeps write access for a conflict whose measure lets the member take part', () => {
    expect(documentAccess(member, caseA, [conflict('neemt_deel_zonder_oordeel')])).toBe('write');
    expect(documentAccess(member, caseA, [conflict('geen_gevolg')])).toBe('write');
  });

  it('gives a project lead no case, not even one listed on the account', () => {
    const lead = { role: 'projectleider', active: true, personId, caseIds: ['case-a'] } as const;
    expect(documentAccess(lead, caseA, [])).toBe('none');
    expect(documentAccess(lead, caseB, [])).toBe('none');
  });

  it('gives a process owner no document, not even of their own case, which they only own through the server’s commands', () => {
    const owner = { role: 'proceseigenaar', active: true, personId: null, caseIds: ['case-a'] } as const;
    expect(documentAccess(owner, caseA, [])).toBe('none');
    expect(documentAccess(owner, board, [])).toBe('none');
    expect(ownsCase(owner, 'case-a')).toBe(true);
    expect(ownsCase(owner, 'case-b')).toBe(false);
    expect(ownsCase({ ...owner, active: false }, 'case-a')).toBe(false);
    expect(ownsCase({ ...owner, caseIds: ['case-a', 'case-b'] }, 'case-a')).toBe(false);
    expect(ownsCase({ ...guest, role: 'gast' }, 'case-a')).toBe(false);
  });

  it('gives a deactivated account nothing', () => {
    expect(documentAccess({ ...member, active: false }, board, [])).toBe('none');
    expect(documentAccess({ ...guest, active: false }, caseA, [])).toBe('none');
  });

  it.each([
    ['readOnly', 'neemt_niet_deel', 'read'],
    ['excluded', 'neemt_niet_deel', 'none'],
    ['excluded', 'neemt_deel_zonder_oordeel', 'write'],
    ['excluded', 'geen_gevolg', 'write'],
  ] as const)('under the board’s setting %s, gives a member whose conflict says %s %s access to the case', (policy, measure, access) => {
    expect(documentAccess(member, caseA, [conflict(measure)], policy)).toBe(access);
  });

  it('keeps the board’s document and the member’s other cases when the board excludes them from one case', () => {
    expect(documentAccess(member, board, [conflict('neemt_niet_deel')], 'excluded')).toBe('write');
    expect(documentAccess(member, caseB, [], 'excluded')).toBe('write');
    expect(documentAccess(guest, caseA, [], 'excluded')).toBe('read');
  });
});
