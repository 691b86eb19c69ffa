import { describe, expect, it } from 'vitest';
import { defaultReferencePattern } from '@shared/cases/reference';
import { readActionOverview, readCaseSummaries } from '../../../../renderer/actions/actionOverviewQuery';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import { createActionRepository } from '../../../../renderer/meetings/actionRepository';
import { createPeopleRepository } from '../../../../renderer/people/peopleRepository';
import { caseInput } from '../../../fixtures/caseInput';
import { personInput } from '../../../fixtures/people';
import { testDatabase } from '../db/testDatabase';

function services() {
  const db = testDatabase();
  return { cases: createCaseRepository(db), actions: createActionRepository(db), people: createPeopleRepository(db) };
}

describe('open-actions overview query', () => {
  it('reads open actions with their owners and the cases of the first screenful, and other cases on request', async () => {
    const s = services();
    const registered = await s.cases.registerOne({ input: caseInput({ title: 'Slimme camera’s' }) }, defaultReferencePattern);
    const owner = await s.people.create(personInput({ name: 'Noor Hendriks' }));
    const origin = { caseId: registered.id, meetingId: null, agendaItemId: null };
    await s.actions.add(origin, { what: 'Bewaartermijn navragen', ownerId: owner.id, dueOn: '2020-01-01' });
    const done = await s.actions.add(origin, { what: 'Klaar', ownerId: null, dueOn: '' });
    await s.actions.setDone(done.id, true);

    const overview = await readActionOverview(s, 40);
    expect(overview.rows).toEqual([
      expect.objectContaining({ what: 'Bewaartermijn navragen', caseId: registered.id, owner: 'Noor Hendriks', overdue: true }),
    ]);
    const summary = { reference: registered.reference, title: 'Slimme camera’s', archived: false };
    expect(overview.cases).toEqual(new Map([[registered.id, summary]]));

    const unknown = crypto.randomUUID();
    expect(await readCaseSummaries(s, [registered.id, unknown])).toEqual(
      new Map([
        [registered.id, summary],
        [unknown, null],
      ]),
    );
  });
});
