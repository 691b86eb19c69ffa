import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountStore, StoredAccount } from '../../../../server/accounts/accountStore';
import { createPostgresAccountStore } from '../../../../server/accounts/postgresAccountStore';
import { createSqliteAccountStore } from '../../../../server/accounts/sqliteAccountStore';
import { checkChain } from '../../../../server/audit/auditChain';
import { startPostgres, type TestService } from '../../../support/postgresRedis';

const account = (overrides: Partial<StoredAccount> = {}): StoredAccount => ({
  id: randomUUID(),
  name: 'Mila Lid',
  email: `${randomUUID()}@gemeente.nl`,
  role: 'lid',
  active: true,
  personId: null,
  caseIds: [],
  passwordHash: null,
  ...overrides,
});

const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600_000);

/** The same behaviour on both databases: each backend opens two stores on one database, as two instances would. */
describe.each([
  [
    'SQLite',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'beraad-accounts-'));
      return { open: () => createSqliteAccountStore(join(dir, 'accounts.sqlite')), end: () => rm(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const postgres: TestService = await startPostgres();
      return { open: () => createPostgresAccountStore(postgres.url), end: () => postgres.stop() };
    },
  ],
])('account store on %s', (_name, backend) => {
  let first: AccountStore;
  let second: AccountStore;
  let end: () => Promise<void>;
  beforeAll(async () => {
    const opened = await backend();
    end = opened.end;
    first = opened.open();
    second = opened.open();
    await first.whenReady();
    await second.whenReady();
  }, 60_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await end?.();
  });

  it('keeps an account with its guest cases and refuses a second account with the same e-mail', async () => {
    const guest = account({ role: 'gast', caseIds: ['case-a', 'case-b'], passwordHash: '$argon2id$…' });

    expect(await first.insertAccount(guest)).toBe('ok');
    expect(await second.insertAccount(account({ email: guest.email }))).toBe('email_taken');
    expect(await second.accountByEmail(guest.email)).toEqual(guest);
    expect(await second.accountById(guest.id)).toEqual(guest);
  });

  it('writes every field of a changed account', async () => {
    const member = account();
    await first.insertAccount(member);
    const changed = { ...member, role: 'procesbegeleider' as const, active: false, personId: randomUUID(), name: 'Mila de Vries' };

    expect(await first.updateAccount(changed)).toBe('ok');
    expect(await second.accountById(member.id)).toEqual(changed);
  });

  it('shares one signing secret between instances', async () => {
    const [a, b] = await Promise.all([first.signingSecret(), second.signingSecret()]);

    expect(a.length).toBe(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('exchanges a refresh token once, and revokes its whole family when a used one comes back', async () => {
    const member = account();
    await first.insertAccount(member);
    const familyId = randomUUID();
    await first.insertRefreshToken({ hash: 'h1', accountId: member.id, familyId, expiresAt: inAMonth() });

    expect(await first.rotateRefreshToken('h1', new Date())).toEqual({ kind: 'rotated', accountId: member.id, familyId });
    await first.insertRefreshToken({ hash: 'h2', accountId: member.id, familyId, expiresAt: inAMonth() });
    // Someone replays the first token: both it and its successor stop working.
    expect(await second.rotateRefreshToken('h1', new Date())).toEqual({ kind: 'reused' });
    expect(await first.rotateRefreshToken('h2', new Date())).toEqual({ kind: 'invalid' });
  });

  it('refuses an unknown or expired refresh token, and one revoked with its account', async () => {
    const member = account();
    await first.insertAccount(member);
    await first.insertRefreshToken({ hash: 'old', accountId: member.id, familyId: randomUUID(), expiresAt: new Date(Date.now() - 1000) });
    await first.insertRefreshToken({ hash: 'live', accountId: member.id, familyId: randomUUID(), expiresAt: inAMonth() });
    await first.revokeAccountTokens(member.id);

    expect(await first.rotateRefreshToken('never-issued', new Date())).toEqual({ kind: 'invalid' });
    expect(await first.rotateRefreshToken('old', new Date())).toEqual({ kind: 'invalid' });
    expect(await first.rotateRefreshToken('live', new Date())).toEqual({ kind: 'invalid' });
  });

  it('lets only one of two instances exchange the same refresh token', async () => {
    const member = account();
    await first.insertAccount(member);
    await first.insertRefreshToken({ hash: 'race', accountId: member.id, familyId: randomUUID(), expiresAt: inAMonth() });

    const outcomes = await Promise.all([first.rotateRefreshToken('race', new Date()), second.rotateRefreshToken('race', new Date())]);

    expect(outcomes.filter((outcome) => outcome.kind === 'rotated')).toHaveLength(1);
  });

  it("uses a one-time code once, only for its own account, and not after it expired; a new invitation replaces the account's old one", async () => {
    const invited = account();
    await first.insertAccount(invited);
    const week = new Date(Date.now() + 7 * 24 * 3600_000);
    await first.putCode({ hash: 'c1', kind: 'invitation', accountId: invited.id, expiresAt: week });
    await first.putCode({ hash: 'c2', kind: 'invitation', accountId: invited.id, expiresAt: week });
    await first.putCode({ hash: 'late', kind: 'invitation', accountId: randomUUID(), expiresAt: new Date(Date.now() - 1) });

    expect(await second.takeCode('c1', 'invitation', invited.id, new Date())).toBe(false);
    expect(await second.takeCode('c2', 'invitation', randomUUID(), new Date())).toBe(false);
    expect(await second.takeCode('c2', 'setup', null, new Date())).toBe(false);
    expect(await second.takeCode('c2', 'invitation', invited.id, new Date())).toBe(true);
    expect(await first.takeCode('c2', 'invitation', invited.id, new Date())).toBe(false);
    expect(await first.takeCode('late', 'invitation', null, new Date())).toBe(false);
  });

  it('keeps one audit chain when two instances append at the same time', async () => {
    const appends = Array.from({ length: 20 }, (_, index) =>
      (index % 2 ? first : second).appendAudit({ accountId: null, accountName: null, action: 'login', target: `${index}@gemeente.nl`, outcome: 'invalid_credentials' }, new Date()),
    );
    await Promise.all(appends);

    expect(checkChain(await first.auditEntries())).toEqual({ ok: true, entries: 20 });
  });

  it('issues distinct reference numbers to cases asked for at once on two instances, each case one number for good', async () => {
    const year = 2031;
    const caseIds = Array.from({ length: 12 }, () => randomUUID());
    // Every case asked for twice, once on each instance, all at the same time.
    const issued = await Promise.all(caseIds.flatMap((caseId) => [first, second].map((store) => store.issueReference(caseId, 'EA-{jjjj}-{nnn}', year))));

    const perCase = new Map<string, Set<string>>();
    issued.forEach(({ reference }, index) => perCase.set(caseIds[index >> 1]!, (perCase.get(caseIds[index >> 1]!) ?? new Set()).add(reference)));
    expect([...perCase.values()].map((references) => references.size)).toEqual(caseIds.map(() => 1));
    const references = [...perCase.values()].map((references) => [...references][0]!);
    expect(new Set(references).size).toBe(caseIds.length);
    expect(references.every((reference) => /^EA-2031-\d{3}$/.test(reference))).toBe(true);
    expect(issued.filter(({ issuedNow }) => issuedNow)).toHaveLength(caseIds.length);
    expect(await second.caseReference(caseIds[0]!)).toBe(references[0]);
    expect(await first.issueReference(caseIds[0]!, 'EA-{jjjj}-{nnn}', year)).toEqual({ reference: references[0], issuedNow: false });
  });

  it('never issues a number a case already carried, and keeps it with that case only, also for many cases at once', async () => {
    const year = 2032;
    const older = randomUUID();
    const other = randomUUID();
    expect(await first.claimReferences([{ caseId: older, reference: 'EA-2032-001' }])).toEqual(new Map([[older, 'EA-2032-001']]));
    expect(await second.hasReferences()).toBe(true);
    expect(await second.claimReferences([{ caseId: older, reference: 'EA-2032-009' }, { caseId: other, reference: 'EA-2032-001' }])).toEqual(new Map([[older, 'EA-2032-001']]));

    const { reference } = await second.issueReference(randomUUID(), 'EA-{jjjj}-{nnn}', year);
    expect(reference).toBe('EA-2032-002');
    const many = Array.from({ length: 1000 }, (_, index) => ({ caseId: randomUUID(), reference: `BA-${index}` }));
    expect((await first.claimReferences(many)).size).toBe(1000);
  });

  it('keeps the setup codes of every instance until they are dropped', async () => {
    await first.putCode({ hash: 's1', kind: 'setup', accountId: null, expiresAt: null });
    await second.putCode({ hash: 's2', kind: 'setup', accountId: null, expiresAt: null });

    expect(await first.takeCode('s1', 'setup', null, new Date())).toBe(true);
    await first.dropCodes('setup');
    expect(await second.takeCode('s2', 'setup', null, new Date())).toBe(false);
  });
});
