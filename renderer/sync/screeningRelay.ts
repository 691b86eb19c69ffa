import type { ScreeningCommandRefusal } from '@shared/screening/screeningCommandRefusals';
import type { BeraadDb } from '../db/database';
import type { AccountApi, AccountProblem } from './accountApi';

/** Per screening, the `updatedAt` of the state the server last took (or refused): a screening whose own differs is still to send. */
const sentKey = 'projectLeadScreeningsSent';
/** This app's own record in its own table: a look at its shape serves where a schema would load the schema library on the first screen. */
const isSentMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((at) => typeof at === 'string');
/** How soon an unsent screening is tried again while the server cannot be reached. */
const retryMs = 10_000;

export interface RelayRefusal {
  screeningId: string;
  title: string;
  reasons: readonly (ScreeningCommandRefusal | AccountProblem)[];
}

export interface RelayState {
  /** False while the server cannot be reached (or the sign-in cannot be renewed); the screenings wait on this machine. */
  online: boolean;
  /** Screenings changed here that the server has not taken yet. */
  pending: number;
  /** Screenings the server would not take as they stand, with why. */
  refusals: readonly RelayRefusal[];
}

/**
 * A project lead's machine receives no document of the board, so it does not
 * sync: their screenings are kept in this machine's database as for anyone
 * (the guided form saves every answer at once, offline too), and this relay
 * sends each screening that changed to the server's screening command, one
 * after another, whenever something was written, when the network comes
 * back, and every ten seconds while one waits. What the server took is
 * remembered per screening by its `updatedAt`, in `meta`, so a restart
 * sends exactly what is still unsent. It also brings the board's newest
 * templates, and the lead's screenings another machine sent, onto this one.
 */
export function createScreeningRelay(db: BeraadDb, api: AccountApi, accessToken: () => Promise<string | null>, onState: (state: RelayState) => void) {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let fetched = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refusals: RelayRefusal[] = [];

  async function sentMap(): Promise<Record<string, string>> {
    const stored = (await db.meta.get(sentKey))?.value;
    return isSentMap(stored) ? stored : {};
  }

  async function markSent(entries: Record<string, string>): Promise<void> {
    await db.transaction('rw', db.meta, async () => {
      const value = { ...(await sentMap()), ...entries };
      await db.meta.put({ key: sentKey, value, updatedAt: new Date().toISOString() });
    });
  }

  async function unsentCount(): Promise<number> {
    const sent = await sentMap();
    return (await db.screenings.toArray()).filter((screening) => sent[screening.id] !== screening.updatedAt).length;
  }

  async function report(online: boolean): Promise<void> {
    const pending = await unsentCount();
    onState({ online, pending, refusals });
    clearTimeout(timer);
    if (!stopped && !online && (pending > 0 || !fetched)) timer = setTimeout(changed, retryMs);
  }

  /** The board's newest templates, and what another machine of this lead sent; once per start. */
  async function fetchFromBoard(token: string): Promise<boolean> {
    const templates = await api.screeningTemplates(token);
    if (!templates.ok) return false;
    await db.screeningTemplates.bulkPut(templates.value);
    const own = await api.ownScreenings(token);
    if (!own.ok) return false;
    const known = new Set((await db.screenings.toCollection().primaryKeys()).map(String));
    const missing = own.value.filter((screening) => !known.has(screening.id));
    await db.screenings.bulkAdd(missing);
    await markSent(Object.fromEntries(missing.map((screening) => [screening.id, screening.updatedAt])));
    return true;
  }

  async function round(): Promise<void> {
    const token = await accessToken();
    if (token === null) return report(false);
    if (!fetched) fetched = await fetchFromBoard(token);
    const sent = await sentMap();
    const unsent = (await db.screenings.toArray()).filter((screening) => sent[screening.id] !== screening.updatedAt);
    for (const screening of unsent) {
      if (stopped) return;
      const saved = await api.saveScreening(token, screening);
      if (!saved.ok && saved.problem === 'unreachable') return report(false);
      const reasons = saved.ok ? (saved.value.ok ? [] : saved.value.reasons) : [saved.problem];
      refusals = refusals.filter((refusal) => refusal.screeningId !== screening.id);
      if (reasons.length > 0) refusals.push({ screeningId: screening.id, title: screening.project.title, reasons });
      // The sign-in or the account was refused, not this screening: it stays unsent for after a new sign-in or the secretary's fix.
      if (!saved.ok && saved.problem !== 'invalid_request') return report(true);
      // A state the rule refused is not sent again: only a change to the screening makes it worth another try.
      await markSent({ [screening.id]: screening.updatedAt });
    }
    return report(true);
  }

  /** Something was written: sends what is unsent, after a round that is running now if there is one. */
  function changed(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          changed();
        }
      });
  }

  let stopListening = () => {};

  return {
    /** Sends what is unsent now, and again whenever the network comes back. */
    start(): void {
      const online = () => changed();
      window.addEventListener('online', online);
      stopListening = () => window.removeEventListener('online', online);
      changed();
    },
    changed,
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      stopListening();
    },
  };
}

export type ScreeningRelay = ReturnType<typeof createScreeningRelay>;
