import { describe, expect, it } from 'vitest';
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
    });
    const board = await repo.board(caseId);
    expect(board.members).toEqual([{ personId: noor.id, role: 'lid' }]);
    expect(board.conflicts[0]?.measure).toBe('neemt_niet_deel');
  });
});
