import { describe, expect, it } from 'vitest';
import { createMethodRepository } from '../../../../renderer/meetings/methodRepository';
import { testTemplate } from '../../../fixtures/methods';
import { testDatabase } from '../db/testDatabase';

describe('method repository', () => {
  it('seeds shipped templates once and keeps every version after edits', async () => {
    const repo = createMethodRepository(testDatabase());
    await repo.ensureDefaults([testTemplate]);
    await repo.ensureDefaults([testTemplate]);
    expect(await repo.versions(testTemplate.id)).toHaveLength(1);

    const { id: _id, ...input } = testTemplate;
    const edited = await repo.saveNewVersion(testTemplate.id, { ...input, name: 'Begeleidingsethiek (aangepast)' });
    expect(edited.version).toBe(2);
    expect((await repo.latest()).map((t) => [t.id, t.version, t.name])).toEqual([
      ['begeleidingsethiek', 2, 'Begeleidingsethiek (aangepast)'],
    ]);
    expect((await repo.get(testTemplate.id, 1))?.name).toBe('Begeleidingsethiek');
    await repo.ensureDefaults([testTemplate]);
    expect(await repo.versions(testTemplate.id)).toHaveLength(2);
  });

  it('refuses an edit without sections and keeps the versions as they were', async () => {
    const repo = createMethodRepository(testDatabase());
    await repo.ensureDefaults([testTemplate]);
    await expect(repo.saveNewVersion(testTemplate.id, { name: 'Leeg', description: '', sections: [] })).rejects.toThrow();
    expect(await repo.versions(testTemplate.id)).toHaveLength(1);
  });
});
