import { describe, expect, it } from 'vitest';
import { accountErrorSchema, accountListSchema, accountPaths, accountSchema, type Session, sessionSchema } from '@shared/accounts/accountSchema';
import { maxFailures } from '../../../../server/accounts/rateLimit';
import { createAccountSession, inviteAccount, postJson, testPassword } from '../../../support/accounts';
import { useInProcessServers } from '../inProcessServer';

async function request(httpUrl: string, method: string, path: string, { body, accessToken }: { body?: unknown; accessToken?: string } = {}) {
  const response = await fetch(`${httpUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(accessToken === undefined ? {} : { Authorization: `Bearer ${accessToken}` }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

const errorOf = (body: unknown) => accountErrorSchema.parse(body).error;

describe('account endpoints', () => {
  const servers = useInProcessServers();

  it('creates the first account only with the printed setup code, and only once', async () => {
    const dataDir = await servers.newDataDir();
    const server = await servers.startFresh(dataDir);
    const setup = { name: 'Sanne Secretaris', email: 'Sanne@Gemeente.nl', password: testPassword };

    expect(server.setupCode).toMatch(/^[2-9A-HJKMNP-TW-Z]{4}(-[2-9A-HJKMNP-TW-Z]{4}){3}$/);
    const wrong = await postJson(server.httpUrl, accountPaths.setup, { ...setup, setupCode: 'AAAA-BBBB-CCCC-DDDD' });
    expect([wrong.status, errorOf(wrong.body)]).toEqual([403, 'invalid_setup_code']);

    const right = await postJson(server.httpUrl, accountPaths.setup, { ...setup, setupCode: server.setupCode?.toLowerCase() });
    expect(right.status).toBe(201);
    const session = sessionSchema.parse(right.body);
    expect(session.account).toMatchObject({ email: 'sanne@gemeente.nl', role: 'secretaris', active: true, activated: true });

    const again = await postJson(server.httpUrl, accountPaths.setup, { ...setup, email: 'ander@gemeente.nl', setupCode: server.setupCode });
    expect([again.status, errorOf(again.body)]).toEqual([409, 'setup_done']);

    await server.stop();
    expect((await servers.startFresh(dataDir)).setupCode).toBeNull();
  });

  it('answers a preflight from any origin and names the headers the app sends', async () => {
    const { httpUrl } = await servers.start(await servers.newDataDir());

    const response = await fetch(`${httpUrl}${accountPaths.login}`, {
      method: 'OPTIONS',
      headers: { Origin: 'null', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('refuses a body that is not JSON, fails its schema, is too large, or comes with the wrong method', async () => {
    const { httpUrl } = await servers.start(await servers.newDataDir());

    for (const body of ['{email', { email: 'geen-adres', password: 'x' }, { email: 'a@gemeente.nl', password: 'x'.repeat(70 * 1024) }]) {
      const answer = await request(httpUrl, 'POST', accountPaths.login, { body });
      expect([answer.status, errorOf(answer.body)]).toEqual([400, 'invalid_request']);
    }
    const wrongMethod = await request(httpUrl, 'GET', accountPaths.login);
    expect([wrongMethod.status, errorOf(wrongMethod.body)]).toEqual([400, 'invalid_request']);
  });

  it('logs in with the right password only, and says the same for an unknown e-mail', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());

    const right = await postJson(httpUrl, accountPaths.login, { email: secretary.account.email, password: testPassword });
    expect(sessionSchema.parse(right.body).account.id).toBe(secretary.account.id);
    const wrong = await postJson(httpUrl, accountPaths.login, { email: secretary.account.email, password: 'verkeerd wachtwoord' });
    const unknown = await postJson(httpUrl, accountPaths.login, { email: 'niemand@gemeente.nl', password: testPassword });
    expect([wrong.status, errorOf(wrong.body)]).toEqual([401, 'invalid_credentials']);
    expect([unknown.status, unknown.body]).toEqual([401, wrong.body]);
  });

  it(`refuses a ${maxFailures + 1}th failed login within 15 minutes, even with the right password, and says when to try again`, async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    for (let attempt = 0; attempt < maxFailures; attempt++) {
      await postJson(httpUrl, accountPaths.login, { email: secretary.account.email, password: 'verkeerd wachtwoord' });
    }

    const answer = await request(httpUrl, 'POST', accountPaths.login, { body: { email: secretary.account.email, password: testPassword } });

    expect(answer.status).toBe(429);
    const { error, retryAfterSeconds } = accountErrorSchema.parse(answer.body);
    expect(error).toBe('rate_limited');
    expect(retryAfterSeconds).toBeGreaterThan(800);
    expect(answer.headers.get('retry-after')).toBe(String(retryAfterSeconds));
  });

  it('exchanges a refresh token for a new session once; a replayed token ends the whole session', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());

    const refreshed = await postJson(httpUrl, accountPaths.refresh, { refreshToken: secretary.refreshToken });
    expect(refreshed.status).toBe(200);
    const next = sessionSchema.parse(refreshed.body);
    expect(next.refreshToken).not.toBe(secretary.refreshToken);

    const replayed = await postJson(httpUrl, accountPaths.refresh, { refreshToken: secretary.refreshToken });
    expect([replayed.status, errorOf(replayed.body)]).toEqual([401, 'unauthenticated']);
    const afterReplay = await postJson(httpUrl, accountPaths.refresh, { refreshToken: next.refreshToken });
    expect(afterReplay.status).toBe(401);
  });

  it('ends a session on logout', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());

    expect((await postJson(httpUrl, accountPaths.logout, { refreshToken: secretary.refreshToken })).status).toBe(204);
    expect((await postJson(httpUrl, accountPaths.refresh, { refreshToken: secretary.refreshToken })).status).toBe(401);
  });

  it('tells the holder of an access token who they are, and nobody else', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());

    const me = await request(httpUrl, 'GET', accountPaths.me, { accessToken: secretary.accessToken });
    expect(accountSchema.parse(me.body)).toEqual(secretary.account);
    const anonymous = await request(httpUrl, 'GET', accountPaths.me);
    const forged = await request(httpUrl, 'GET', accountPaths.me, { accessToken: `${secretary.accessToken}x` });
    expect([anonymous.status, errorOf(anonymous.body)]).toEqual([401, 'unauthenticated']);
    expect([forged.status, errorOf(forged.body)]).toEqual([401, 'unauthenticated']);
  });

  it('lets the secretary invite a person, who sets a password with the code and then logs in', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());

    const invitation = await inviteAccount(httpUrl, secretary, { role: 'gast', email: 'gast@gemeente.nl', caseIds: ['case-a'] });
    expect(invitation.account).toMatchObject({ role: 'gast', caseIds: ['case-a'], activated: false });
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    const beforeAccepting = await postJson(httpUrl, accountPaths.login, { email: 'gast@gemeente.nl', password: testPassword });
    expect(beforeAccepting.status).toBe(401);

    const wrongEmail = await postJson(httpUrl, accountPaths.acceptInvitation, { invitationCode: invitation.invitationCode, email: 'ander@gemeente.nl', password: testPassword });
    expect([wrongEmail.status, errorOf(wrongEmail.body)]).toEqual([403, 'invalid_invitation']);
    const accepted = await postJson(httpUrl, accountPaths.acceptInvitation, { invitationCode: invitation.invitationCode, email: 'gast@gemeente.nl', password: testPassword });
    expect(sessionSchema.parse(accepted.body).account.activated).toBe(true);
    const usedAgain = await postJson(httpUrl, accountPaths.acceptInvitation, { invitationCode: invitation.invitationCode, email: 'gast@gemeente.nl', password: 'een ander wachtwoord' });
    expect(usedAgain.status).toBe(403);

    const login = await postJson(httpUrl, accountPaths.login, { email: 'gast@gemeente.nl', password: testPassword });
    expect(login.status).toBe(200);
    const list = await request(httpUrl, 'GET', accountPaths.accounts, { accessToken: secretary.accessToken });
    expect(accountListSchema.parse(list.body).accounts.map((account) => account.email)).toEqual([secretary.account.email, 'gast@gemeente.nl']);
  });

  it('lets only the secretary list, create, change and reset accounts', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const member = await createAccountSession(httpUrl, secretary, { role: 'lid' });
    const asMember = { accessToken: member.accessToken };

    const answers = await Promise.all([
      request(httpUrl, 'GET', accountPaths.accounts, asMember),
      request(httpUrl, 'POST', accountPaths.accounts, { ...asMember, body: { name: 'X', email: 'x@gemeente.nl', role: 'secretaris' } }),
      request(httpUrl, 'PATCH', accountPaths.account(member.account.id), { ...asMember, body: { role: 'secretaris' } }),
      request(httpUrl, 'POST', accountPaths.resetAccount(secretary.account.id), asMember),
      request(httpUrl, 'GET', accountPaths.accounts),
    ]);

    expect(answers.map(({ status, body }) => [status, errorOf(body)])).toEqual([
      [403, 'forbidden'],
      [403, 'forbidden'],
      [403, 'forbidden'],
      [403, 'forbidden'],
      [401, 'unauthenticated'],
    ]);
  });

  it('refuses a second account with the same e-mail, and a change to an account that does not exist', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const asSecretary = { accessToken: secretary.accessToken };

    const taken = await request(httpUrl, 'POST', accountPaths.accounts, { ...asSecretary, body: { name: 'Dubbel', email: secretary.account.email.toUpperCase(), role: 'lid' } });
    const missing = await request(httpUrl, 'PATCH', accountPaths.account('00000000-0000-4000-8000-000000000000'), { ...asSecretary, body: { name: 'Niemand' } });

    expect([taken.status, errorOf(taken.body)]).toEqual([409, 'email_taken']);
    expect([missing.status, errorOf(missing.body)]).toEqual([404, 'not_found']);
  });

  it('changes a role, and the changed person signs in again', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const member = await createAccountSession(httpUrl, secretary, { role: 'lid' });

    const changed = await request(httpUrl, 'PATCH', accountPaths.account(member.account.id), { accessToken: secretary.accessToken, body: { role: 'procesbegeleider' } });

    expect(accountSchema.parse(changed.body).role).toBe('procesbegeleider');
    expect((await postJson(httpUrl, accountPaths.refresh, { refreshToken: member.refreshToken })).status).toBe(401);
    const me = await request(httpUrl, 'GET', accountPaths.me, { accessToken: member.accessToken });
    expect(accountSchema.parse(me.body).role).toBe('procesbegeleider');
  });

  it('shuts out a deactivated account at once: its access token, its refresh token and its password', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const member = await createAccountSession(httpUrl, secretary, { role: 'lid' });

    await request(httpUrl, 'PATCH', accountPaths.account(member.account.id), { accessToken: secretary.accessToken, body: { active: false } });

    expect((await request(httpUrl, 'GET', accountPaths.me, { accessToken: member.accessToken })).status).toBe(401);
    expect((await postJson(httpUrl, accountPaths.refresh, { refreshToken: member.refreshToken })).status).toBe(401);
    expect((await postJson(httpUrl, accountPaths.login, { email: member.account.email, password: testPassword })).status).toBe(401);
  });

  it('never leaves the board without an active secretary', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const asSecretary = { accessToken: secretary.accessToken };
    const own = accountPaths.account(secretary.account.id);

    for (const body of [{ role: 'lid' }, { active: false }]) {
      const answer = await request(httpUrl, 'PATCH', own, { ...asSecretary, body });
      expect([answer.status, errorOf(answer.body)]).toEqual([409, 'last_secretary']);
    }
    await createAccountSession(httpUrl, secretary, { role: 'secretaris' });
    expect((await request(httpUrl, 'PATCH', own, { ...asSecretary, body: { role: 'lid' } })).status).toBe(200);
  });

  it('resets a forgotten password: the old one and the old sessions stop working, the new code sets a new one', async () => {
    const { httpUrl, secretary } = await servers.start(await servers.newDataDir());
    const member: Session = await createAccountSession(httpUrl, secretary, { role: 'lid' });

    const reset = await request(httpUrl, 'POST', accountPaths.resetAccount(member.account.id), { accessToken: secretary.accessToken });

    expect(reset.status).toBe(200);
    const { invitationCode } = reset.body as { invitationCode: string };
    expect((await postJson(httpUrl, accountPaths.login, { email: member.account.email, password: testPassword })).status).toBe(401);
    expect((await postJson(httpUrl, accountPaths.refresh, { refreshToken: member.refreshToken })).status).toBe(401);
    const accepted = await postJson(httpUrl, accountPaths.acceptInvitation, { invitationCode, email: member.account.email, password: 'een nieuw lang wachtwoord' });
    expect(accepted.status).toBe(200);
  });
});
