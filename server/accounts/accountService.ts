import type {
  Account,
  AccountError,
  AcceptInvitationRequest,
  CreateAccountRequest,
  Invitation,
  LoginRequest,
  Session,
  SetupRequest,
  UpdateAccountRequest,
} from '@shared/accounts/accountSchema';
import { fitsCases } from '@shared/accounts/accountSchema';
import type { AuditAction } from '../audit/auditChain';
import { type AccountStore, newAccountId, type StoredAccount, toAccount } from './accountStore';
import { hashPassword, verifyPassword } from './passwords';
import type { RateLimit } from './rateLimit';
import { hashOneTimeCode, newOneTimeCode, newRefreshToken, sha256 } from './secrets';
import { issueAccessToken, verifyAccessToken } from './tokens';

export const refreshTokenLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export type AccountFailure = { error: AccountError; retryAfterSeconds?: number };
export type AccountResult<T> = { ok: true; value: T } | { ok: false; failure: AccountFailure };

const done = <T>(value: T): AccountResult<T> => ({ ok: true, value });
const refuse = (error: AccountError, retryAfterSeconds?: number): AccountResult<never> => ({
  ok: false,
  failure: retryAfterSeconds === undefined ? { error } : { error, retryAfterSeconds },
});

/** Who asks: the network address counts failed attempts as the e-mail address does. */
export interface Caller {
  address: string;
}

/**
 * What the account endpoints do, without HTTP: setup, login, refresh, logout, invitations and
 * the secretary's administration. Every refusal is a code from accountErrors.
 */
export function createAccountService(store: AccountStore, rateLimit: RateLimit, now: () => Date = () => new Date()) {
  const changed = new Set<(account: StoredAccount) => void>();

  const openSession = async (account: StoredAccount, familyId: string = newAccountId()): Promise<Session> => {
    const at = now();
    const access = await issueAccessToken(await store.signingSecret(), account.id, at);
    const refreshToken = newRefreshToken();
    const refreshExpiresAt = new Date(at.getTime() + refreshTokenLifetimeMs);
    await store.insertRefreshToken({ hash: sha256(refreshToken), accountId: account.id, familyId, expiresAt: refreshExpiresAt });
    return {
      accessToken: access.token,
      accessExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      account: toAccount(account),
    };
  };

  const invite = async (account: StoredAccount): Promise<Invitation> => {
    const invitationCode = newOneTimeCode();
    const expiresAt = new Date(now().getTime() + invitationLifetimeMs);
    await store.putCode({ hash: hashOneTimeCode(invitationCode), kind: 'invitation', accountId: account.id, expiresAt });
    return { account: toAccount(account), invitationCode, expiresAt: expiresAt.toISOString() };
  };

  const announce = (account: StoredAccount) => changed.forEach((listener) => listener(account));

  /**
   * Runs a guarded attempt: refused while the e-mail or address has too many recent failures, counted
   * when it fails, and recorded in the audit log either way.
   */
  const limited = async (action: AuditAction, email: string, caller: Caller, attempt: () => Promise<AccountResult<Session>>): Promise<AccountResult<Session>> => {
    const keys = [`email:${email}`, `address:${caller.address}`];
    const check = rateLimit.check(keys);
    const result = check.ok ? await attempt() : refuse('rate_limited', check.retryAfterSeconds);
    if (result.ok) rateLimit.succeed(`email:${email}`);
    else if (check.ok && result.failure.error !== 'setup_done') rateLimit.fail(keys);
    const actor = result.ok ? result.value.account : null;
    await store.appendAudit(
      { accountId: actor?.id ?? null, accountName: actor?.name ?? null, action, target: email, outcome: result.ok ? 'ok' : result.failure.error },
      now(),
    );
    return result;
  };

  /** Runs a change only the secretary may make, and records it in the audit log, also when it is refused. */
  const administered = async <T>(action: AuditAction, accessToken: string | null, target: string, change: () => Promise<AccountResult<T>>): Promise<AccountResult<T>> => {
    // Someone without a valid token changed nothing and is no one to name.
    if (accessToken === null) return refuse('unauthenticated');
    const caller = await authenticate(accessToken);
    if (!caller.ok) return caller;
    const actor = caller.value.account;
    const result = actor.role === 'secretaris' ? await change() : refuse('forbidden');
    await store.appendAudit({ accountId: actor.id, accountName: actor.name, action, target, outcome: result.ok ? 'ok' : result.failure.error }, now());
    return result;
  };

  /** The active account an access token names, and when the token expires. */
  const authenticate = async (accessToken: string): Promise<AccountResult<{ account: StoredAccount; expiresAt: Date }>> => {
    const verified = await verifyAccessToken(await store.signingSecret(), accessToken, now());
    if (!verified.ok) return refuse(verified.refusal);
    const account = await store.accountById(verified.accountId);
    return account?.active ? done({ account, expiresAt: verified.expiresAt }) : refuse('unauthenticated');
  };

  const asSecretary = async (accessToken: string | null): Promise<AccountResult<StoredAccount>> => {
    if (accessToken === null) return refuse('unauthenticated');
    const caller = await authenticate(accessToken);
    if (!caller.ok) return caller;
    return caller.value.account.role === 'secretaris' ? done(caller.value.account) : refuse('forbidden');
  };

  /** Whether the change would leave the board without an active secretary. */
  const leavesNoSecretary = async (before: StoredAccount, after: StoredAccount): Promise<boolean> => {
    const wasSecretary = before.active && before.role === 'secretaris';
    const staysSecretary = after.active && after.role === 'secretaris';
    if (!wasSecretary || staysSecretary) return false;
    const others = (await store.listAccounts()).filter((account) => account.id !== before.id && account.active && account.role === 'secretaris');
    return others.length === 0;
  };

  return {
    authenticate,

    /** Called with the account after every change to it (role, cases, person, deactivation, reset). */
    onAccountChanged(listener: (account: StoredAccount) => void): () => void {
      changed.add(listener);
      return () => changed.delete(listener);
    },

    /** On start: a new setup code while the server has no account (printed once), none once it has. */
    async prepareSetup(): Promise<string | null> {
      if ((await store.countAccounts()) > 0) {
        await store.dropCodes('setup');
        return null;
      }
      const setupCode = newOneTimeCode();
      await store.putCode({ hash: hashOneTimeCode(setupCode), kind: 'setup', accountId: null, expiresAt: null });
      return setupCode;
    },

    setup: (request: SetupRequest, caller: Caller) =>
      limited('setup', request.email, caller, async () => {
        if ((await store.countAccounts()) > 0) return refuse('setup_done');
        if (!(await store.takeCode(hashOneTimeCode(request.setupCode), 'setup', null, now()))) return refuse('invalid_setup_code');
        // Another instance's setup may have won in the meantime with its own code.
        if ((await store.countAccounts()) > 0) return refuse('setup_done');
        const account: StoredAccount = {
          id: newAccountId(),
          name: request.name,
          email: request.email,
          role: 'secretaris',
          active: true,
          personId: null,
          caseIds: [],
          passwordHash: await hashPassword(request.password),
        };
        if ((await store.insertAccount(account)) !== 'ok') return refuse('email_taken');
        await store.dropCodes('setup');
        return done(await openSession(account));
      }),

    login: (request: LoginRequest, caller: Caller) =>
      limited('login', request.email, caller, async () => {
        const account = await store.accountByEmail(request.email);
        const matches = await verifyPassword(account?.passwordHash ?? null, request.password);
        if (account === null || !matches || !account.active) return refuse('invalid_credentials');
        return done(await openSession(account));
      }),

    async refresh(refreshToken: string): Promise<AccountResult<Session>> {
      const rotation = await store.rotateRefreshToken(sha256(refreshToken), now());
      if (rotation.kind !== 'rotated') return refuse('unauthenticated');
      const account = await store.accountById(rotation.accountId);
      if (!account?.active) return refuse('unauthenticated');
      return done(await openSession(account, rotation.familyId));
    },

    async logout(refreshToken: string): Promise<AccountResult<null>> {
      await store.revokeRefreshFamily(sha256(refreshToken));
      return done(null);
    },

    async me(accessToken: string | null): Promise<AccountResult<Account>> {
      if (accessToken === null) return refuse('unauthenticated');
      const caller = await authenticate(accessToken);
      return caller.ok ? done(toAccount(caller.value.account)) : caller;
    },

    acceptInvitation: (request: AcceptInvitationRequest, caller: Caller) =>
      limited('invitation.accept', request.email, caller, async () => {
        const account = await store.accountByEmail(request.email);
        if (account === null || !account.active) return refuse('invalid_invitation');
        if (!(await store.takeCode(hashOneTimeCode(request.invitationCode), 'invitation', account.id, now()))) return refuse('invalid_invitation');
        const activated = { ...account, passwordHash: await hashPassword(request.password) };
        await store.updateAccount(activated);
        await store.revokeAccountTokens(account.id);
        return done(await openSession(activated));
      }),

    async listAccounts(accessToken: string | null): Promise<AccountResult<Account[]>> {
      const secretary = await asSecretary(accessToken);
      if (!secretary.ok) return secretary;
      return done((await store.listAccounts()).map(toAccount));
    },

    createAccount: (accessToken: string | null, request: Required<CreateAccountRequest>): Promise<AccountResult<Invitation>> =>
      administered('account.create', accessToken, request.email, async () => {
        const account: StoredAccount = { id: newAccountId(), ...request, active: true, passwordHash: null };
        if ((await store.insertAccount(account)) !== 'ok') return refuse('email_taken');
        return done(await invite(account));
      }),

    updateAccount: (accessToken: string | null, id: string, request: UpdateAccountRequest): Promise<AccountResult<Account>> =>
      administered('account.update', accessToken, id, async () => {
        const before = await store.accountById(id);
        if (before === null) return refuse('not_found');
        const after: StoredAccount = { ...before, ...request };
        if (!fitsCases(after)) return refuse('invalid_request');
        if (await leavesNoSecretary(before, after)) return refuse('last_secretary');
        await store.updateAccount(after);
        // Access itself is decided per connection from the stored account; the tokens go so the app signs in again with the new role.
        if (after.role !== before.role || after.active !== before.active) await store.revokeAccountTokens(id);
        announce(after);
        return done(toAccount(after));
      }),

    resetAccount: (accessToken: string | null, id: string): Promise<AccountResult<Invitation>> =>
      administered('account.reset', accessToken, id, async () => {
        const account = await store.accountById(id);
        if (account === null) return refuse('not_found');
        const reset = { ...account, passwordHash: null };
        await store.updateAccount(reset);
        await store.revokeAccountTokens(id);
        announce(reset);
        return done(await invite(reset));
      }),

    /** Records a connection the server refused, with the account when the token named one. */
    async connectionRefused(documentName: string, reason: string, account: StoredAccount | null): Promise<void> {
      await store.appendAudit(
        { accountId: account?.id ?? null, accountName: account?.name ?? null, action: 'connection.refused', target: documentName, outcome: reason },
        now(),
      );
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
