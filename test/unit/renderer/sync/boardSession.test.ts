import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account, KeptSession, Session } from '@shared/accounts/accountSchema';
import type { AccountApi, AccountResult } from '../../../../renderer/sync/accountApi';
import { createBoardSession } from '../../../../renderer/sync/boardSession';
import { sampleAccount } from '../../../fixtures/account';

const url = 'wss://beraad.gemeente.nl';
const account: Account = sampleAccount;

/** A server that hands out numbered tokens and spends each refresh token once, as the real one does; its clock is its own, or Date.now under fake timers. */
function fakeServer(start: number | 'timers' = 0) {
  let offset = 0;
  const time = () => (start === 'timers' ? Date.now() : start + offset);
  let issued = 0;
  const live = new Set<string>();
  let reachable = true;
  const refreshCalls: string[] = [];
  const session = (): Session => {
    issued += 1;
    const refreshToken = `refresh-${issued}`;
    live.add(refreshToken);
    return {
      accessToken: `access-${issued}`,
      accessExpiresAt: new Date(time() + 15 * 60_000).toISOString(),
      refreshToken,
      refreshExpiresAt: new Date(time() + 30 * 86_400_000).toISOString(),
      account,
    };
  };
  const api = {
    async login({ password }: { password: string }): Promise<AccountResult<Session>> {
      return password === 'een lange zin als wachtwoord' ? { ok: true, value: session() } : { ok: false, problem: 'invalid_credentials' };
    },
    async refresh(token: string): Promise<AccountResult<Session>> {
      refreshCalls.push(token);
      await Promise.resolve();
      if (!reachable) return { ok: false, problem: 'unreachable' };
      if (!live.delete(token)) return { ok: false, problem: 'unauthenticated' };
      return { ok: true, value: session() };
    },
    async logout(token: string): Promise<AccountResult<unknown>> {
      live.delete(token);
      return { ok: true, value: undefined };
    },
  } as unknown as AccountApi;
  return {
    api,
    refreshCalls,
    now: time,
    advance: (ms: number) => (offset += ms),
    setReachable: (value: boolean) => (reachable = value),
  };
}

function memoryBridge(initial: KeptSession | null = null) {
  const stored = { session: initial };
  return {
    stored,
    async boardSessionRead() {
      return { ok: true as const, value: { session: stored.session } };
    },
    async boardSessionWrite({ session }: { session: KeptSession | null }) {
      stored.session = session;
      return { ok: true as const, value: { kept: true } };
    },
  };
}

async function signedIn() {
  const server = fakeServer(Date.parse('2026-12-06T09:00:00Z'));
  const bridge = memoryBridge();
  const session = createBoardSession(bridge, () => server.api, server.now);
  const result = await session.signIn(url, { kind: 'login', email: account.email, password: 'een lange zin als wachtwoord' });
  expect(result).toEqual({ ok: true, value: account });
  return { server, bridge, session };
}

describe('board session', () => {
  it('keeps the refresh token through the bridge but never the access token or the password', async () => {
    const { bridge, session } = await signedIn();
    expect(bridge.stored.session).toEqual({ serverUrl: url, refreshToken: 'refresh-1', refreshExpiresAt: expect.any(String), account });
    expect(JSON.stringify(bridge.stored.session)).not.toMatch(/access-1|wachtwoord/);
    expect(session.account()).toEqual(account);
  });

  it('uses the access token while it has life left and renews it a minute before it ends', async () => {
    const { server, session } = await signedIn();
    expect(await session.accessToken()).toBe('access-1');
    server.advance(13 * 60_000);
    expect(await session.accessToken()).toBe('access-1');
    server.advance(60_000 + 1);
    expect(await session.accessToken()).toBe('access-2');
    expect(server.refreshCalls).toEqual(['refresh-1']);
  });

  it('renews once for many callers at once, so the server never sees a spent refresh token twice', async () => {
    const { server, session } = await signedIn();
    server.advance(15 * 60_000);
    const tokens = await Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    expect(tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(server.refreshCalls).toEqual(['refresh-1']);
  });

  it('keeps the sign-in when the server cannot be reached, and ends it when the server refuses the refresh token', async () => {
    const { server, bridge, session } = await signedIn();
    server.advance(15 * 60_000);
    server.setReachable(false);
    expect(await session.accessToken()).toBeNull();
    expect(bridge.stored.session?.refreshToken).toBe('refresh-1');
    server.setReachable(true);
    expect(await session.accessToken()).toBe('access-2');

    // Spent elsewhere (or revoked by the secretary): the server refuses it.
    session.dropAccessToken();
    await server.api.refresh('refresh-2');
    expect(await session.accessToken()).toBeNull();
    expect(session.account()).toBeNull();
    expect(bridge.stored.session).toBeNull();
  });

  it('picks up a kept sign-in only for the same server and while its refresh token is valid', async () => {
    const { server, bridge } = await signedIn();
    const kept = bridge.stored.session!;
    const again = createBoardSession(memoryBridge(kept), () => server.api, server.now);
    expect(await again.resume(url)).toEqual(account);
    expect(await again.accessToken()).toBe('access-2');
    expect(await createBoardSession(memoryBridge(kept), () => server.api, server.now).resume('wss://andere.server.nl')).toBeNull();
    server.advance(31 * 86_400_000);
    expect(await createBoardSession(memoryBridge(kept), () => server.api, server.now).resume(url)).toBeNull();
  });

  it('answers a wrong password with the server’s reason and keeps nothing', async () => {
    const server = fakeServer();
    const bridge = memoryBridge();
    const session = createBoardSession(bridge, () => server.api, server.now);
    expect(await session.signIn(url, { kind: 'login', email: account.email, password: 'fout' })).toEqual({ ok: false, problem: 'invalid_credentials' });
    expect(bridge.stored.session).toBeNull();
    expect(session.account()).toBeNull();
  });

  it('signs out here and at the server', async () => {
    const { server, bridge, session } = await signedIn();
    await session.signOut();
    expect(bridge.stored.session).toBeNull();
    expect(await server.api.refresh('refresh-1')).toEqual({ ok: false, problem: 'unauthenticated' });
  });
});

describe('keeping the token fresh while connected', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renews two minutes before the token ends, hands each new token on, retries when unreachable, and stops', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T09:00:00Z') });
    const server = fakeServer('timers');
    const session = createBoardSession(memoryBridge(), () => server.api, server.now);
    await session.signIn(url, { kind: 'login', email: account.email, password: 'een lange zin als wachtwoord' });
    const renewed: string[] = [];
    const stop = session.keepFresh(() => void session.accessToken().then((token) => renewed.push(token!)));

    await vi.advanceTimersByTimeAsync(12 * 60_000);
    expect(renewed).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000 + 1);
    expect(renewed).toEqual(['access-2']);

    server.setReachable(false);
    await vi.advanceTimersByTimeAsync(13 * 60_000 + 1);
    expect(renewed).toEqual(['access-2']);
    server.setReachable(true);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(renewed).toEqual(['access-2', 'access-3']);

    stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(renewed).toEqual(['access-2', 'access-3']);
  });
});
