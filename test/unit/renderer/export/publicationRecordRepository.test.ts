import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../../renderer/advice/auditLog';
import { createPublicationRecordRepository } from '../../../../renderer/export/publicationRecordRepository';
import { testDatabase } from '../db/testDatabase';

const versionId = '00000000-0000-4000-8000-000000000002';
const caseId = '00000000-0000-4000-8000-000000000001';
const by = 'Sanne Secretaris';
const sha = 'ab'.repeat(32);

describe('publication records', () => {
  it('keeps the review decisions per version, a later decision on the same finding replacing the earlier one', async () => {
    const db = testDatabase();
    const records = createPublicationRecordRepository(db, () => new Date('2026-05-01T10:00:00Z'));
    await records.saveDecisions(versionId, caseId, [{ key: 'name:roos', decision: 'accept' }, { key: 'candidate:karin smeets', decision: 'accept' }], by);
    await records.saveDecisions(versionId, caseId, [{ key: 'name:roos', decision: 'not_a_name' }], by);
    expect((await records.get(versionId))?.decisions).toEqual([
      { key: 'name:roos', decision: 'not_a_name' },
      { key: 'candidate:karin smeets', decision: 'accept' },
    ]);
  });

  it('records each exported file with its fingerprint, in the record and in the audit trail', async () => {
    const db = testDatabase();
    const records = createPublicationRecordRepository(db, () => new Date('2026-05-01T10:00:00Z'));
    await records.recordExport(versionId, caseId, 'advies-EA-2026-007-openbaar.docx', sha, by);
    expect((await records.forCase(caseId))[0]?.exports).toEqual([{ at: '2026-05-01T10:00:00.000Z', by, fileName: 'advies-EA-2026-007-openbaar.docx', sha256: sha }]);
    const trail = await createAuditLog(db).forCase(caseId);
    expect(trail.map((e) => [e.subject, e.action, e.detail])).toEqual([['publication', 'exported', { fileName: 'advies-EA-2026-007-openbaar.docx', sha256: sha }]]);
  });

  it('adds a found name to the people register with the decision and its audit entry, all or nothing', async () => {
    const db = testDatabase();
    const records = createPublicationRecordRepository(db, () => new Date('2026-05-01T10:00:00Z'));
    const person = { name: 'Karin Smeets', roles: ['inwoner_op_afroep' as const], discipline: '', organisation: '', isAdministrator: false, active: true };
    const added = await records.addToRegister(versionId, caseId, 'candidate:mevrouw karin smeets', person, by);
    expect(await db.people.get(added.id)).toMatchObject({ name: 'Karin Smeets', roles: ['inwoner_op_afroep'] });
    expect((await records.get(versionId))?.decisions).toEqual([{ key: 'candidate:mevrouw karin smeets', decision: 'add_to_register' }]);
    const trail = await createAuditLog(db).forCase(caseId);
    expect(trail.map((e) => [e.subject, e.action, e.detail])).toEqual([['publication', 'addedToRegister', { name: 'Karin Smeets', role: 'Inwoner op afroep' }]]);

    await expect(records.addToRegister(versionId, caseId, 'candidate:x', { ...person, name: '' }, by)).rejects.toThrow();
    expect(await db.people.count()).toBe(1);
    expect((await records.get(versionId))?.decisions).toHaveLength(1);
  });

  it('refuses a fingerprint that is no SHA-256', async () => {
    const records = createPublicationRecordRepository(testDatabase());
    await expect(records.recordExport(versionId, caseId, 'advies.docx', 'abc', by)).rejects.toThrow();
  });
});
