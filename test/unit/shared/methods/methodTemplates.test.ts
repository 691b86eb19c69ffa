import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newRecord } from '@shared/meetings/newRecord';
import { deliberationRecordSchema } from '@shared/meetings/recordSchema';
import {
  defaultMethodId,
  latestVersions,
  methodTemplateInputSchema,
  nextVersion,
  type MethodTemplate,
  type MethodTemplateInput,
} from '@shared/methods/methodTemplate';
import seeds from '../../../../resources/templates/methods.nl.json';

/* The seed file holds the template input plus an id; version and createdAt are added when seeding. */
const seedSchema = methodTemplateInputSchema.extend({ id: z.string().regex(/^[a-z][a-z-]{0,59}$/) }).strict();
const parsedSeeds = seeds.map((seed) => seedSchema.parse(seed));

const createdAt = '2026-01-05T09:00:00.000Z';
const seeded = (id: string, version = 1): MethodTemplate => {
  const seed = parsedSeeds.find((s) => s.id === id);
  if (!seed) throw new Error(`no seed ${id}`);
  return { ...seed, version, createdAt };
};

const template = (id: string, version: number, name = `${id} v${version}`): MethodTemplate => ({
  id,
  version,
  name,
  description: '',
  sections: [{ key: 'casus', title: 'Casus', help: '', kind: 'text' }],
  createdAt,
});

describe('method templates shipped with the app', () => {
  it('are exactly the three methods, guidance ethics first, each valid with an id', () => {
    expect(parsedSeeds.map((s) => s.id)).toEqual(['begeleidingsethiek', 'dilemmamethode', 'iama-opzet']);
    for (const seed of seeds) {
      expect(Object.keys(seed).sort()).toEqual(['description', 'id', 'name', 'sections']);
      expect(methodTemplateInputSchema.safeParse(seed).success).toBe(true);
    }
  });

  it('contain the default method', () => {
    expect(defaultMethodId).toBe('begeleidingsethiek');
    expect(parsedSeeds.filter((s) => s.id === defaultMethodId)).toHaveLength(1);
  });

  it('have unique section keys, a title and a help text for every section', () => {
    for (const seed of parsedSeeds) {
      const keys = seed.sections.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const section of seed.sections) {
        expect(section.key).toMatch(/^[a-z][a-zA-Z0-9]{0,39}$/);
        expect(section.title.length).toBeGreaterThan(0);
        expect(section.help.length).toBeGreaterThan(20);
      }
    }
  });

  it('follow the structure of each method', () => {
    const kinds = (id: string) => seeded(id).sections.map((s) => s.kind);
    expect(kinds('begeleidingsethiek')).toEqual(['text', 'actors', 'list', 'options', 'text']);
    expect(kinds('dilemmamethode')).toEqual(['text', 'list', 'text', 'list', 'list', 'list', 'list', 'text', 'list', 'text']);
    expect(kinds('iama-opzet')).toEqual(['text', 'text', 'text', 'list', 'list', 'text']);
  });

  it('do not embed the DEDA', () => {
    const text = JSON.stringify(seeds);
    // Mentioned as a separate instrument at most, once, in a description.
    expect(text.match(/DEDA/g)).toHaveLength(1);
    expect(parsedSeeds.flatMap((s) => s.sections).some((s) => /DEDA/.test(`${s.title} ${s.help}`))).toBe(false);
  });
});

describe('template versions', () => {
  it('picks the highest version of every template', () => {
    const all = [template('a', 1), template('b', 1), template('a', 3), template('a', 2), template('b', 2)];
    expect(latestVersions(all).map((t) => [t.id, t.version])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(latestVersions([])).toEqual([]);
  });

  it('makes the next version with the same id, a new date and trimmed text', () => {
    const current = seeded('begeleidingsethiek', 2);
    const edit: MethodTemplateInput = { ...current, name: '  Begeleidingsethiek (aangepast)  ' };
    const next = nextVersion(current, edit, new Date('2026-03-01T12:00:00.000Z'));
    expect(next.id).toBe('begeleidingsethiek');
    expect(next.version).toBe(3);
    expect(next.createdAt).toBe('2026-03-01T12:00:00.000Z');
    expect(next.name).toBe('Begeleidingsethiek (aangepast)');
    expect(next.sections).toEqual(current.sections);
  });

  it('keeps the id even when the edit carries another one', () => {
    const current = template('dilemmamethode', 1);
    const edit = { ...current, id: 'iets-anders', version: 9 };
    const next = nextVersion(current, edit, new Date('2026-03-01T12:00:00.000Z'));
    expect([next.id, next.version]).toEqual(['dilemmamethode', 2]);
  });

  it('refuses an edit with duplicate section keys or without sections', () => {
    const current = seeded('iama-opzet');
    const now = new Date('2026-03-01T12:00:00.000Z');
    const first = current.sections[0]!;
    expect(() => nextVersion(current, { ...current, sections: [first, { ...first, title: 'Nog eens' }] }, now)).toThrow(
      'validation.duplicateSection',
    );
    expect(() => nextVersion(current, { ...current, sections: [] }, now)).toThrow('validation.chooseOne');
    expect(() => nextVersion(current, { ...current, sections: [{ ...first, key: 'Hoofdletter' }] }, now)).toThrow(
      'validation.sectionKey',
    );
  });

  it('leaves the previous version as it was', () => {
    const current = seeded('begeleidingsethiek');
    const before = structuredClone(current);
    nextVersion(current, { ...current, name: 'Nieuw', sections: current.sections.slice(0, 2) }, new Date());
    expect(current).toEqual(before);
  });
});

describe('a new deliberation record', () => {
  const ids = {
    id: '0b8a3f0e-7c43-4d6e-9a51-1f2d3c4b5a61',
    meetingId: '1c9b4e1f-8d54-4e7f-8b62-2e3d4c5b6a72',
    agendaItemId: '2dac5f20-9e65-4f80-9c73-3f4e5d6c7b83',
    caseId: '3ebd6031-af76-4091-8d84-405f6e7d8c94',
  };
  const emptyByKind = {
    text: { kind: 'text', text: '' },
    list: { kind: 'list', items: [] },
    actors: { kind: 'actors', actors: [] },
    options: { kind: 'options', options: { technology: [], environment: [], user: [] } },
  };

  it.each(['begeleidingsethiek', 'dilemmamethode', 'iama-opzet'])('has an empty value of the right kind per section of %s', (id) => {
    const version = seeded(id, 4);
    const record = newRecord(ids, version, new Date('2026-03-10T13:05:00.000Z'));
    expect(record.template).toEqual({ id, version: 4 });
    expect(Object.keys(record.sections)).toEqual(version.sections.map((s) => s.key));
    for (const section of version.sections) {
      expect(record.sections[section.key]).toEqual(emptyByKind[section.kind]);
    }
    expect(record).toMatchObject({ ...ids, dissent: '', agreements: [], updatedAt: '2026-03-10T13:05:00.000Z', deletedAt: null });
    expect(deliberationRecordSchema.parse(record)).toEqual(record);
  });

  it('gives guidance ethics an actors section and an options section', () => {
    const record = newRecord(ids, seeded('begeleidingsethiek'), new Date('2026-03-10T13:05:00.000Z'));
    expect(Object.values(record.sections).map((s) => s.kind)).toEqual(['text', 'actors', 'list', 'options', 'text']);
  });
});
