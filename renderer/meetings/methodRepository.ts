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

/** The version saved, or the newer one someone else saved since the edit began, with nothing written. */
export type VersionSave = { saved: MethodTemplate } | { newer: MethodTemplate };

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

    /**
     * Saves an edit of version `base` as the next version. When another
     * member's version arrived meanwhile, the edit would quietly undo theirs
     * in the method everyone uses from then on: it is refused, and the newer
     * version answered.
     */
    async saveNewVersion(id: string, edit: MethodTemplateInput, base: number): Promise<VersionSave> {
      parseOrThrow(methodTemplateInputSchema, edit);
      return db.transaction('rw', db.methodTemplates, async () => {
        const versions = await db.methodTemplates.where('[id+version]').between([id, 0], [id, Infinity]).toArray();
        const current = latestVersions(versions)[0];
        if (!current) throw new Error(`Methode ${id} bestaat niet`);
        if (current.version !== base) return { newer: current };
        const next = nextVersion(current, edit, clock());
        await db.methodTemplates.add(next);
        return { saved: next };
      });
    },
  };
}

export type MethodRepository = ReturnType<typeof createMethodRepository>;
