import { screeningTemplateSchema, type ScreeningTemplate, type ScreeningTemplateInput } from '@shared/screening/templateSchema';
import { checkTemplate, type TemplateProblem } from '@shared/screening/templateValidation';
import type { Result } from '@shared/util/result';
import { parseOrThrow } from '@shared/util/validation';
import { systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

export function createScreeningTemplateRepository(db: BeraadDb, clock: Clock = systemClock) {
  const versionsOf = (id: string) => db.screeningTemplates.where('[id+version]').between([id, 0], [id, Infinity]);

  return {
    /**
     * Adds a shipped template as version 1 when it has no version yet; a
     * published edit is left alone. The template is asked for only then: its
     * texts are not loaded at every start.
     */
    async ensureDefault(id: string, seed: () => ScreeningTemplateInput | Promise<ScreeningTemplateInput>): Promise<void> {
      if ((await versionsOf(id).count()) > 0) return;
      const template = await seed();
      // Checked again inside: another window may have added it meanwhile.
      await db.transaction('rw', db.screeningTemplates, async () => {
        if ((await versionsOf(id).count()) > 0) return;
        await db.screeningTemplates.add(parseOrThrow(screeningTemplateSchema, { ...template, id, version: 1, createdAt: clock().toISOString() }));
      });
    },

    /** The newest version: what a new screening is filled in with. */
    latest: (id: string): Promise<ScreeningTemplate | undefined> => versionsOf(id).last(),

    /** A specific version: a screening is always shown with the version it was filled in with. */
    get: (id: string, version: number) => db.screeningTemplates.get([id, version]),

    versions: (id: string): Promise<ScreeningTemplate[]> => versionsOf(id).toArray(),

    /**
     * Publishes an edit as the next version, only when it passes validation;
     * earlier versions stay as they were, for the screenings filled in with them.
     */
    async publish(id: string, edit: unknown): Promise<Result<ScreeningTemplate, TemplateProblem>> {
      const checked = checkTemplate(edit);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.screeningTemplates, async () => {
        const latest = await versionsOf(id).last();
        const next = parseOrThrow(screeningTemplateSchema, {
          ...checked.value,
          id,
          version: (latest?.version ?? 0) + 1,
          createdAt: clock().toISOString(),
        });
        await db.screeningTemplates.add(next);
        return { ok: true as const, value: next };
      });
    },
  };
}

export type ScreeningTemplateRepository = ReturnType<typeof createScreeningTemplateRepository>;
