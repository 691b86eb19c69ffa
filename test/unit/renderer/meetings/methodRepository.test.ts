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
    const edited = await repo.saveNewVersion(testTemplate.id, { ...input, name: 'Begeleidingsethiek (aangepast)' }, 1);
    expect('saved' in edited && edited.saved.version).toBe(2);
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
    await expect(repo.saveNewVersion(testTemplate.id, { name: 'Leeg', description: '', sections: [] }, 1)).rejects.toThrow();
    expect(await repo.versions(testTemplate.id)).toHaveLength(1);
  });

  it('refuses an edit of a version that is no longer the newest, writes nothing and answers the newer one', async () => {
    const repo = createMethodRepository(testDatabase());
    await repo.ensureDefaults([testTemplate]);
    const { id: _id, ...input } = testTemplate;
    await repo.saveNewVersion(testTemplate.id, { ...input, name: 'Versie van Anna' }, 1);
    const stale = await repo.saveNewVersion(testTemplate.id, { ...input, name: 'Versie van Bram' }, 1);
    expect('newer' in stale && [stale.newer.version, stale.newer.name]).toEqual([2, 'Versie van Anna']);
    expect((await repo.versions(testTemplate.id)).map((t) => t.name)).toEqual(['Begeleidingsethiek', 'Versie van Anna']);
  });
});
