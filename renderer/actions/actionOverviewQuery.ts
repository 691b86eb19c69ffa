import type { CaseRepository } from '../cases/caseRepository';
import type { ActionRepository } from '../meetings/actionRepository';
import type { PeopleRepository } from '../people/peopleRepository';
import { toActionRows, type ActionRow } from './actionRows';
import { localToday } from '../db/clock';

/** The repositories the overview reads (renderer/actions/useOverviewSources.ts). */
export interface OverviewSources {
  actions: Pick<ActionRepository, 'open'>;
  people: Pick<PeopleRepository, 'list'>;
  cases: Pick<CaseRepository, 'getMany'>;
}

export interface CaseSummary {
  reference: string;
  title: string;
  archived: boolean;
}

/** Cases by id; null marks a case that does not exist. */
export type CaseSummaries = ReadonlyMap<string, CaseSummary | null>;

export interface ActionOverview {
  rows: ActionRow[];
  /** The cases of the first rows only; the table reads the others as they scroll into view. */
  cases: CaseSummaries;
}

/**
 * The cases behind the given actions, one get per case in parallel. Callers
 * pass only the cases on screen: the whole register is ten thousand records
 * and half a second to read, which an overview of a few rows should not wait for.
 */
export async function readCaseSummaries({ cases }: Pick<OverviewSources, 'cases'>, ids: readonly string[]): Promise<CaseSummaries> {
  const found = await cases.getMany(ids);
  return new Map(
    ids.map((id, index) => {
      const summary = found[index];
      return [id, summary ? { reference: summary.reference, title: summary.title, archived: summary.archivedAt !== null } : null];
    }),
  );
}

/**
 * Open actions of every case (up to `limit`) through the [state+dueOn] index,
 * with owner names, and the cases of the first `firstScreenful` rows read
 * before anything is shown, so the first paint is complete.
 */
export async function readActionOverview(
  services: OverviewSources,
  firstScreenful: number,
  limit = Infinity,
): Promise<ActionOverview> {
  const [open, everyone] = await Promise.all([services.actions.open(limit), services.people.list()]);
  const rows = toActionRows(open, everyone, localToday());
  const firstCases = [...new Set(rows.slice(0, firstScreenful).map((row) => row.caseId))];
  return { rows, cases: await readCaseSummaries(services, firstCases) };
}
