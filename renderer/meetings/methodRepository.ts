import {
  latestVersions,
  methodTemplateInputSchema,
  methodTemplateSchema,
  nextVersion,
  type MethodTemplate,
  type MethodTemplateInput,
} from '@shared/methods/methodTemplate';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

export type TemplateSeed = MethodTemplateInput & { id: string };

export function createMethodRepository(db: BeraadDb, clock: Clock = systemClock) {
  return {
    /** Adds the shipped templates that are missing as version 1; edited templates are left alone. */
    async ensureDefaults(seeds: readonly TemplateSeed[]): Promise<void> {
      await db.transaction('rw', db.methodTemplates, async () => {
        for (const seed of seeds) {
          if ((await db.methodTemplates.where('[id+version]').between([seed.id, 0], [seed.id, Infinity]).count()) > 0) continue;
          await db.methodTemplates.add(
            parseOrThrow(methodTemplateSchema, { ...seed, version: 1, createdAt: clock().toISOString() }),
          );
        }
      });
    },

    async latest(): Promise<MethodTemplate[]> {
      return latestVersions(await db.methodTemplates.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },

    /** A specific version: records open with the template they were written with, even after edits. */
    get: (id: string, version: number) => db.methodTemplates.get([id, version]),

    async versions(id: string): Promise<MethodTemplate[]> {
      return db.methodTemplates.where('[id+version]').between([id, 0], [id, Infinity]).toArray();
    },

    async saveNewVersion(id: string, edit: MethodTemplateInput): Promise<MethodTemplate> {
      parseOrThrow(methodTemplateInputSchema, edit);
      return db.transaction('rw', db.methodTemplates, async () => {
        const versions = await db.methodTemplates.where('[id+version]').between([id, 0], [id, Infinity]).toArray();
        const current = latestVersions(versions)[0];
        if (!current) throw new Error(`Methode ${id} bestaat niet`);
        const next = nextVersion(current, edit, clock());
        await db.methodTemplates.add(next);
        return next;
      });
    },
  };
}

export type MethodRepository = ReturnType<typeof createMethodRepository>;
