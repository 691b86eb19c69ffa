import type { Account, KeptSession, Session } from '@shared/accounts/accountSchema';
import type { Bridge } from '@shared/ipc/contract';
import { serviceKey } from '../services/serviceKey';
import type { AccountApi, AccountResult } from './accountApi';
import { lazyAccountApi } from './lazyAccountApi';

/** The three ways in: the server's one-time setup code (the first account), an invitation code, or e-mail and password. */
export type SignIn =
  | { kind: 'login'; email: string; password: string }
  | { kind: 'setup'; setupCode: string; name: string; email: string; password: string }
  | { kind: 'invitation'; invitationCode: string; email: string; password: string };

/** An access token with less life left than this is renewed first: it must outlast the handshake it is sent in. */
const renewMarginMs = 60_000;
/**
 * While connected, the token is renewed this long before it ends and handed
 * to the open connection: the server closes a connection whose token ran out.
 */
const renewAheadMs = 2 * 60_000;
/** After a renewal that could not reach the server, the next try. */
const renewRetryMs = 30_000;

/**
 * Who is signed in to the board's server on this machine. The access token
 * lives in memory only; the refresh token is kept through the bridge
 * (encrypted on the desktop), so a restart does not ask for the password.
 * Only one window holds a session (the one that may write): two holders of
 * one refresh token would each renew it, and the server takes the second
 * renewal for a stolen token.
 */
export function createBoardSession(bridge: Pick<Bridge, 'boardSessionRead' | 'boardSessionWrite'>, apiFor: (url: string) => AccountApi = lazyAccountApi, now = () => Date.now()) {
  let kept: KeptSession | null = null;
  let access: { token: string; expiresAt: number } | null = null;
  let renewing: Promise<string | null> | null = null;
  const listeners = new Set<() => void>();

  async function keep(serverUrl: string, session: Session): Promise<void> {
    access = { token: session.accessToken, expiresAt: Date.parse(session.accessExpiresAt) };
    kept = { serverUrl, refreshToken: session.refreshToken, refreshExpiresAt: session.refreshExpiresAt, account: session.account };
    listeners.forEach((listener) => listener());
    // Not kept (no key store) means a sign-in per start, not a failure: the session works for this one.
    await bridge.boardSessionWrite({ session: kept });
  }

  async function forget(): Promise<void> {
    kept = null;
    access = null;
    listeners.forEach((listener) => listener());
    await bridge.boardSessionWrite({ session: null });
  }

  async function renew(): Promise<string | null> {
    const from = kept;
    if (from === null) return null;
    const renewed = await apiFor(from.serverUrl).refresh(from.refreshToken);
    if (kept !== from) return null;
    if (renewed.ok) {
      await keep(from.serverUrl, renewed.value);
      return renewed.value.accessToken;
    }
    // Unreachable: keep the refresh token for the next try. Any refusal means it is spent or revoked.
    if (renewed.problem !== 'unreachable') await forget();
    return null;
  }

  function accessToken(): Promise<string | null> {
    if (access !== null && access.expiresAt - now() > renewMarginMs) return Promise.resolve(access.token);
    renewing ??= renew().finally(() => {
      renewing = null;
    });
    return renewing;
  }

  return {
    /** At start: the sign-in kept from last time, if any and for this server. */
    async resume(serverUrl: string): Promise<Account | null> {
      const read = await bridge.boardSessionRead(undefined);
      const found = read.ok ? read.value.session : null;
      kept = found !== null && found.serverUrl === serverUrl && Date.parse(found.refreshExpiresAt) > now() ? found : null;
      listeners.forEach((listener) => listener());
      return kept?.account ?? null;
    },
    async signIn(serverUrl: string, how: SignIn): Promise<AccountResult<Account>> {
      const api = apiFor(serverUrl);
      const result =
        how.kind === 'login'
          ? await api.login({ email: how.email, password: how.password })
          : how.kind === 'setup'
            ? await api.setup({ setupCode: how.setupCode, name: how.name, email: how.email, password: how.password })
            : await api.acceptInvitation({ invitationCode: how.invitationCode, email: how.email, password: how.password });
      if (!result.ok) return result;
      await keep(serverUrl, result.value);
      return { ok: true, value: result.value.account };
    },
    /** The account signed in, as the server last described it. */
    account: (): Account | null => kept?.account ?? null,
    /** A valid access token, renewed when it is about to expire; null when signed out or the server cannot be reached. */
    accessToken,
    /**
     * Renews the access token ahead of its end for as long as a connection
     * runs, and tells it each new token. Returns the stop.
     */
    keepFresh(onRenewed: () => void): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const schedule = () => {
        const delayMs = access === null ? renewRetryMs : access.expiresAt - now() - renewAheadMs;
        if (!stopped) timer = setTimeout(() => void renewNow(), Math.max(0, delayMs));
      };
      const renewNow = async () => {
        access = null;
        const token = await accessToken();
        if (stopped) return;
        if (token !== null) onRenewed();
        schedule();
      };
      schedule();
      return () => {
        stopped = true;
        clearTimeout(timer);
      };
    },
    /** The server called the token expired (a clock that runs differently): the next call renews it. */
    dropAccessToken(): void {
      access = null;
    },
    /** Signs out here and at the server; what this machine holds stays. */
    async signOut(): Promise<void> {
      const from = kept;
      await forget();
      if (from !== null) await apiFor(from.serverUrl).logout(from.refreshToken);
    },
    /** For a secretary's screens: the same server, with this session's token. */
    api(): AccountApi | null {
      return kept === null ? null : apiFor(kept.serverUrl);
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type BoardSession = ReturnType<typeof createBoardSession>;
export const boardSessionKey = serviceKey<BoardSession>('boardSession');
