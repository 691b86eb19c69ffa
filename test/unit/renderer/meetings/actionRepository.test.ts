import { describe, expect, it } from 'vitest';
import { createActionRepository } from '../../../../renderer/meetings/actionRepository';
import { ValidationError } from '@shared/util/validation';
import { testDatabase } from '../db/testDatabase';

const origin = (caseId = crypto.randomUUID()) => ({ caseId, meetingId: null, agendaItemId: null });

describe('action repository', () => {
  it('lists open actions of all cases by due date, undated last, leaving out done and deleted ones', async () => {
    const repo = createActionRepository(testDatabase());
    await repo.add(origin(), { what: 'Zonder datum', ownerId: null, dueOn: '' });
    const late = await repo.add(origin(), { what: 'Later', ownerId: null, dueOn: '2026-09-01' });
    await repo.add(origin(), { what: 'Eerst', ownerId: null, dueOn: '2026-03-01' });
    const done = await repo.add(origin(), { what: 'Klaar', ownerId: null, dueOn: '2026-01-01' });
    const gone = await repo.add(origin(), { what: 'Weg', ownerId: null, dueOn: '2026-02-01' });
    await repo.setDone(done.id, true);
    await repo.setDeleted(gone.id, true);
    expect((await repo.open()).map((a) => a.what)).toEqual(['Eerst', 'Later', 'Zonder datum']);
    await repo.setDone(late.id, true);
    expect((await repo.open()).map((a) => a.what)).toEqual(['Eerst', 'Zonder datum']);
    await repo.setDone(late.id, false);
    expect((await repo.open()).map((a) => a.what)).toContain('Later');
  });

  it('refuses an action without a description', async () => {
    const repo = createActionRepository(testDatabase());
    await expect(repo.add(origin(), { what: ' ', ownerId: null, dueOn: '' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('the first screenful of open actions', () => {
  it('takes dated actions first and fills up with undated ones', async () => {
    const repo = createActionRepository(testDatabase());
    await repo.add(origin(), { what: 'Zonder datum', ownerId: null, dueOn: '' });
    await repo.add(origin(), { what: 'Maart', ownerId: null, dueOn: '2026-03-01' });
    await repo.add(origin(), { what: 'April', ownerId: null, dueOn: '2026-04-01' });
    expect((await repo.open(1)).map((a) => a.what)).toEqual(['Maart']);
    expect((await repo.open(3)).map((a) => a.what)).toEqual(['Maart', 'April', 'Zonder datum']);
  });
});
