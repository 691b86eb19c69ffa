import { describe, expect, it } from 'vitest';
import { screeningPaths } from '@shared/screening/screeningCommand';
import type { Screening } from '@shared/screening/screeningSchema';
import { accountApi } from '../../../../renderer/sync/accountApi';
import { createScreeningRelay, type RelayState } from '../../../../renderer/sync/screeningRelay';
import { everyTable } from '../../../fixtures/backup/records';
import { testDatabase } from '../db/testDatabase';

const open = everyTable.screenings[1] as Screening;

/** The board's server as the relay meets it: it can be unreachable, and it answers each save as told. */
function fakeServer() {
  const server = { reachable: false, saves: [] as Screening[], answer: (screening: Screening): [number, unknown] => [200, { ok: true, screening }] };
  const fetcher = (async (url: string, init: RequestInit) => {
    if (!server.reachable) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname;
    if (path === screeningPaths.templates) return Response.json({ templates: [] });
    if (init.method === 'GET') return Response.json({ screenings: [] });
    const screening = JSON.parse(String(init.body)) as Screening;
    server.saves.push(screening);
    const [status, body] = server.answer(screening);
    return Response.json(body, { status });
  }) as unknown as typeof fetch;
  return { server, api: accountApi('ws://127.0.0.1:8787', fetcher) };
}

/** A relay whose every round can be awaited: each ends by reporting its state. */
function relayOn(db: ReturnType<typeof testDatabase>, api: ReturnType<typeof accountApi>) {
  let waiting: ((state: RelayState) => void) | null = null;
  const relay = createScreeningRelay(db, api, async () => 'token', (state) => waiting?.(state));
  return {
    round: () =>
      new Promise<RelayState>((resolve) => {
        waiting = resolve;
        relay.changed();
      }),
    stop: () => relay.stop(),
  };
}

describe('screening relay of a project lead', () => {
  it('keeps a screening while the server cannot be reached, sends it once it can, and after a restart sends only what changed since', async () => {
    const db = testDatabase();
    await db.screenings.add(open);
    const { server, api } = fakeServer();
    const relay = relayOn(db, api);

    expect(await relay.round()).toEqual({ online: false, pending: 1, refusals: [] });
    server.reachable = true;
    expect(await relay.round()).toEqual({ online: true, pending: 0, refusals: [] });
    expect(server.saves.map((saved) => saved.id)).toEqual([open.id]);
    relay.stop();

    const restarted = relayOn(db, api);
    expect(await restarted.round()).toMatchObject({ pending: 0 });
    expect(server.saves).toHaveLength(1);
    await db.screenings.put({ ...open, updatedAt: '2026-12-02T10:00:00.000Z' });
    expect(await restarted.round()).toMatchObject({ online: true, pending: 0 });
    expect(server.saves).toHaveLength(2);
    restarted.stop();
  });

  it('reports what the server refused, with its reasons, and does not send the same state again', async () => {
    const db = testDatabase();
    await db.screenings.add(open);
    const { server, api } = fakeServer();
    server.reachable = true;
    server.answer = () => [409, { ok: false, reasons: ['already_case'] }];
    const relay = relayOn(db, api);

    expect(await relay.round()).toEqual({ online: true, pending: 0, refusals: [{ screeningId: open.id, title: open.project.title, reasons: ['already_case'] }] });
    await relay.round();
    expect(server.saves).toHaveLength(1);
    relay.stop();
  });

  it('keeps a screening unsent when the server refuses the sign-in rather than the screening', async () => {
    const db = testDatabase();
    await db.screenings.add(open);
    const { server, api } = fakeServer();
    server.reachable = true;
    server.answer = () => [401, { error: 'unauthenticated' }];
    const relay = relayOn(db, api);

    expect(await relay.round()).toEqual({ online: true, pending: 1, refusals: [{ screeningId: open.id, title: open.project.title, reasons: ['unauthenticated'] }] });
    server.answer = (screening) => [200, { ok: true, screening }];
    expect(await relay.round()).toEqual({ online: true, pending: 0, refusals: [] });
    expect(server.saves).toHaveLength(2);
    relay.stop();
  });
});
