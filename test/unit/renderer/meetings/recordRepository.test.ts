import { describe, expect, it } from 'vitest';
import { createMethodRepository } from '../../../../renderer/meetings/methodRepository';
import { createRecordRepository } from '../../../../renderer/meetings/recordRepository';
import { ValidationError } from '@shared/util/validation';
import { testTemplate } from '../../../fixtures/methods';
import { testDatabase } from '../db/testDatabase';

describe('record repository', () => {
  it('starts a record from the template version and keeps that version after the template changes', async () => {
    const db = testDatabase();
    const methods = createMethodRepository(db);
    await methods.ensureDefaults([testTemplate]);
    const template = (await methods.get(testTemplate.id, 1))!;
    const records = createRecordRepository(db);
    const item = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: crypto.randomUUID() };
    const blank = records.blank(item, template);
    expect(await records.forItem(item.agendaItemId)).toBeUndefined();
    await records.save({
      ...blank,
      sections: {
        ...blank.sections,
        actors: {
          kind: 'actors',
          actors: [{ id: crypto.randomUUID(), name: 'Bewoners', positiveEffects: ['Veiliger plein'], negativeEffects: ['Gevoel bekeken te worden'], values: ['privacy'] }],
        },
      },
    });
    const { id: _id, ...input } = testTemplate;
    await methods.saveNewVersion(testTemplate.id, { ...input, name: 'Nieuw' }, 1);
    const stored = await records.forItem(item.agendaItemId);
    expect(stored?.template).toEqual({ id: 'begeleidingsethiek', version: 1 });
    expect(stored?.sections.actors).toMatchObject({ kind: 'actors', actors: [{ name: 'Bewoners', values: ['privacy'] }] });
  });

  it('refuses a record with a malformed section and keeps the stored one', async () => {
    const db = testDatabase();
    const methods = createMethodRepository(db);
    await methods.ensureDefaults([testTemplate]);
    const records = createRecordRepository(db);
    const item = { meetingId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), caseId: crypto.randomUUID() };
    const saved = await records.save(records.blank(item, (await methods.get(testTemplate.id, 1))!));
    await expect(records.save({ ...saved, sections: { context: { kind: 'text', items: [] } as never } })).rejects.toBeInstanceOf(ValidationError);
    expect((await records.forItem(item.agendaItemId))?.sections.context).toEqual({ kind: 'text', text: '' });
  });
});
