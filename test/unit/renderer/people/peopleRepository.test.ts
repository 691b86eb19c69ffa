import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../../renderer/advice/auditLog';
import { createPeopleRepository } from '../../../../renderer/people/peopleRepository';
import { ValidationError } from '@shared/util/validation';
import { personInput } from '../../../fixtures/people';
import { testDatabase } from '../db/testDatabase';

describe('people repository', () => {
  it('creates, lists by name and updates people; there is no delete', async () => {
    const repo = createPeopleRepository(testDatabase());
    const noor = await repo.create(personInput());
    await repo.create(personInput({ name: 'Ahmed Amrani', roles: ['externe_procesbegeleider'] }));
    expect((await repo.list()).map((p) => p.name)).toEqual(['Ahmed Amrani', 'Noor Hendriks']);
    const inactive = await repo.update(noor.id, personInput({ active: false }));
    expect(inactive.active).toBe(false);
    expect(inactive.createdAt).toBe(noor.createdAt);
    expect('delete' in repo).toBe(false);
  });

  it('refuses a person without a role and stores nothing', async () => {
    const repo = createPeopleRepository(testDatabase());
    await expect(repo.create(personInput({ roles: [] }))).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.list()).toEqual([]);
  });

  it('keeps a board per case with conflicts of interest', async () => {
    const repo = createPeopleRepository(testDatabase());
    const caseId = crypto.randomUUID();
    const noor = await repo.create(personInput());
    expect((await repo.board(caseId)).members).toEqual([]);
    await repo.saveBoard({
      caseId,
      members: [{ personId: noor.id, role: 'lid' }],
      conflicts: [{ personId: noor.id, declaredOn: '2026-03-01', description: 'Werkte aan het project', measure: 'neemt_niet_deel' }],
      note: '',
    }, 'Sanne Secretaris');
    const board = await repo.board(caseId);
    expect(board.members).toEqual([{ personId: noor.id, role: 'lid' }]);
    expect(board.conflicts[0]?.measure).toBe('neemt_niet_deel');
  });

  it('writes every declaration, change and withdrawal of a conflict into the case audit trail, by whoever made it', async () => {
    const db = testDatabase();
    let now = new Date('2026-06-01T10:00:00Z');
    const repo = createPeopleRepository(db, () => now);
    const caseId = crypto.randomUUID();
    const noor = await repo.create(personInput());
    const members = [{ personId: noor.id, role: 'lid' as const }];
    const declared = { personId: noor.id, declaredOn: '2026-06-01', description: 'Werkt bij de leverancier', measure: 'neemt_niet_deel' as const };
    const save = (conflicts: (typeof declared)[], by: string) => repo.saveBoard({ caseId, members, conflicts, note: '' }, by);

    await save([], 'Sanne Secretaris');
    await save([declared], 'Sanne Secretaris');
    now = new Date('2026-06-02T10:00:00Z');
    await save([{ ...declared, description: 'Was tot vorig jaar adviseur van de leverancier' }], 'Wim Voorzitter');
    await save([{ ...declared, description: 'Was tot vorig jaar adviseur van de leverancier' }], 'Wim Voorzitter');
    now = new Date('2026-06-03T10:00:00Z');
    await save([], 'Sanne Secretaris');

    const trail = await createAuditLog(db).forCase(caseId);
    expect(trail.map(({ at, actor, subject, action, detail }) => ({ at, actor, subject, action, detail }))).toEqual([
      {
        at: '2026-06-01T10:00:00.000Z',
        actor: 'Sanne Secretaris',
        subject: 'conflict',
        action: 'conflict.declared',
        detail: { name: 'Noor Hendriks', declaredOn: '2026-06-01', measure: 'neemt_niet_deel', description: 'Werkt bij de leverancier' },
      },
      {
        at: '2026-06-02T10:00:00.000Z',
        actor: 'Wim Voorzitter',
        subject: 'conflict',
        action: 'conflict.changed',
        detail: {
          name: 'Noor Hendriks',
          declaredOn: '2026-06-01',
          measure: 'neemt_niet_deel',
          description: 'Was tot vorig jaar adviseur van de leverancier',
          previousMeasure: 'neemt_niet_deel',
        },
      },
      {
        at: '2026-06-03T10:00:00.000Z',
        actor: 'Sanne Secretaris',
        subject: 'conflict',
        action: 'conflict.withdrawn',
        detail: { name: 'Noor Hendriks', declaredOn: '2026-06-01', measure: 'neemt_niet_deel', description: 'Was tot vorig jaar adviseur van de leverancier' },
      },
    ]);
  });
});
