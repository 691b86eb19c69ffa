import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountRole } from '@shared/accounts/accountRoles';
import type { Account } from '@shared/accounts/accountSchema';
import { formatReference, sequenceKey } from '@shared/cases/reference';
import { type AuditEntry, type AuditEvent, nextEntry } from '../audit/auditChain';

/** An account as the server keeps it: the shared Account plus its password hash (null until the invitation is accepted). */
export interface StoredAccount extends Omit<Account, 'activated'> {
  passwordHash: string | null;
}

export const toAccount = ({ passwordHash, ...account }: StoredAccount): Account => ({ ...account, activated: passwordHash !== null });

export type OneTimeCodeKind = 'setup' | 'invitation';

export type RefreshRotation =
  | { kind: 'rotated'; accountId: string; familyId: string }
  /** A token that was already exchanged: someone holds a copy, so its whole family is revoked. */
  | { kind: 'reused' }
  | { kind: 'invalid' };

/**
 * Where accounts, refresh tokens, one-time codes and the token signing secret live: SQLite next to
 * the documents for one instance, the documents' PostgreSQL for several (so they share all of it).
 */
export interface AccountStore {
  whenReady(): Promise<void>;
  close(): Promise<void>;
  /** The HS256 secret, made once by whichever instance asks first and then shared. */
  signingSecret(): Promise<Uint8Array>;
  countAccounts(): Promise<number>;
  accountById(id: string): Promise<StoredAccount | null>;
  accountByEmail(email: string): Promise<StoredAccount | null>;
  listAccounts(): Promise<StoredAccount[]>;
  insertAccount(account: StoredAccount): Promise<'ok' | 'email_taken'>;
  /** Writes every field of the account (the id stays). */
  updateAccount(account: StoredAccount): Promise<'ok' | 'email_taken'>;
  /** An invitation replaces the account's earlier invitations; setup codes add up (each starting instance prints its own). */
  putCode(code: { hash: string; kind: OneTimeCodeKind; accountId: string | null; expiresAt: Date | null }): Promise<void>;
  /** Uses a code of that account (null: a setup code) once: it is gone afterwards. False for an unknown, used or expired code, or another account's. */
  takeCode(hash: string, kind: OneTimeCodeKind, accountId: string | null, now: Date): Promise<boolean>;
  /** Removes every code of a kind (setup codes, once there is an account). */
  dropCodes(kind: OneTimeCodeKind): Promise<void>;
  insertRefreshToken(token: { hash: string; accountId: string; familyId: string; expiresAt: Date }): Promise<void>;
  /** Marks the token used, once; reuse of a used token revokes its family. */
  rotateRefreshToken(hash: string, now: Date): Promise<RefreshRotation>;
  /** Logout: the token's whole family stops working. */
  revokeRefreshFamily(hash: string): Promise<void>;
  revokeAccountTokens(accountId: string): Promise<void>;
  /** Appends to the hash-chained audit log, after the last entry any instance wrote. */
  appendAudit(event: AuditEvent, at: Date): Promise<AuditEntry>;
  /** The whole audit log, oldest first. */
  auditEntries(): Promise<AuditEntry[]>;
  /** Keeps an issued advice version for good: there is no way to change or remove it, and a second issue of the same version is refused. */
  recordIssued(issued: IssuedVersion): Promise<'ok' | 'already_issued'>;
  issuedVersion(versionId: string): Promise<IssuedVersion | null>;
  /** Whether any case number is kept yet (a server that has numbered cases or read them from its documents). */
  hasReferences(): Promise<boolean>;
  /** The number the board's record holds for a case: issued by the server, or one the case already carried when the server first saw it. */
  caseReference(caseId: string): Promise<string | null>;
  /**
   * Keeps the numbers cases already carry (numbered on one machine before the
   * server issued them), so they are never issued to another case; a number
   * another case holds, or a case that holds one already, is left as it is.
   * Answers the number each of these cases holds now.
   */
  claimReferences(claims: readonly { caseId: string; reference: string }[]): Promise<Map<string, string>>;
  /**
   * The case's number, issued now when it has none: the next one of the
   * pattern's counter (per year when the pattern shows the year) that no case
   * holds. Atomic across instances on one database; issuing twice for one case
   * answers the same number.
   */
  issueReference(caseId: string, pattern: string, year: number): Promise<{ reference: string; issuedNow: boolean }>;
}

/** An advice version as it was issued, with the SHA-256 of its content: the proof that what is shown later is what went out. */
export interface IssuedVersion {
  versionId: string;
  caseId: string;
  number: number;
  sha256: string;
  /** The version's canonical JSON, whose SHA-256 `sha256` is. */
  content: string;
  issuedAt: string;
  accountId: string;
}

/** The SQL both databases understand (SQLite ≥ 3.35 and PostgreSQL); parameters are written $1, $2, … */
export interface SqlDatabase {
  /** Several statements without parameters, for the schema. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** How many rows the statement changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}

export const accountSchemaSql = `
  CREATE TABLE IF NOT EXISTS accounts (
    id text PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL UNIQUE,
    role text NOT NULL,
    active integer NOT NULL,
    person_id text,
    case_ids text NOT NULL,
    password_hash text,
    created_at bigint NOT NULL
  );
  CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash text PRIMARY KEY,
    account_id text NOT NULL,
    family_id text NOT NULL,
    expires_at bigint NOT NULL,
    used integer NOT NULL DEFAULT 0,
    revoked integer NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS refresh_tokens_family ON refresh_tokens (family_id);
  CREATE INDEX IF NOT EXISTS refresh_tokens_account ON refresh_tokens (account_id);
  CREATE TABLE IF NOT EXISTS one_time_codes (
    code_hash text PRIMARY KEY,
    kind text NOT NULL,
    account_id text,
    expires_at bigint
  );
  CREATE TABLE IF NOT EXISTS server_secrets (
    name text PRIMARY KEY,
    value text NOT NULL
  );
  CREATE TABLE IF NOT EXISTS issued_versions (
    version_id text PRIMARY KEY,
    case_id text NOT NULL,
    number integer NOT NULL,
    sha256 text NOT NULL,
    content text NOT NULL,
    issued_at text NOT NULL,
    account_id text NOT NULL
  );
  CREATE TABLE IF NOT EXISTS reference_counters (
    key text PRIMARY KEY,
    value bigint NOT NULL
  );
  CREATE TABLE IF NOT EXISTS case_references (
    case_id text PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    issued integer NOT NULL
  );
  CREATE TABLE IF NOT EXISTS audit_log (
    seq bigint PRIMARY KEY,
    at text NOT NULL,
    account_id text,
    account_name text,
    action text NOT NULL,
    target text,
    outcome text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
  );`;

/** Every table the account store keeps, in the order of its schema: what a backup copies and a restore writes. */
export const accountTables: readonly string[] = [...accountSchemaSql.matchAll(/CREATE TABLE IF NOT EXISTS (\w+)/g)].map((match) => match[1]!);

interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: string;
  active: number;
  person_id: string | null;
  case_ids: string;
  password_hash: string | null;
}

const fromRow = (row: AccountRow): StoredAccount => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role as AccountRole,
  active: Number(row.active) === 1,
  personId: row.person_id,
  caseIds: JSON.parse(row.case_ids) as string[],
  passwordHash: row.password_hash,
});

const accountColumns = 'id, name, email, role, active, person_id, case_ids, password_hash';
const params = (account: StoredAccount) => [
  account.id,
  account.name,
  account.email,
  account.role,
  account.active ? 1 : 0,
  account.personId,
  JSON.stringify(account.caseIds),
  account.passwordHash,
];

/** The one implementation of AccountStore, over either database. */
export function createSqlAccountStore(db: SqlDatabase, prepare: () => Promise<void>): AccountStore {
  let ready: Promise<void> | undefined;
  let secret: Promise<Uint8Array> | undefined;
  const whenReady = () => (ready ??= prepare());

  const uniqueOr = async (write: () => Promise<unknown>): Promise<'ok' | 'email_taken'> => {
    try {
      await write();
      return 'ok';
    } catch (error) {
      if (db.isUniqueViolation(error)) return 'email_taken';
      throw error;
    }
  };

  return {
    whenReady,
    close: () => db.close(),

    signingSecret() {
      return (secret ??= (async () => {
        await db.run('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
          'access_token',
          randomBytes(32).toString('base64url'),
        ]);
        const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', ['access_token']);
        if (row === undefined) throw new Error('the signing secret was not stored');
        return new Uint8Array(Buffer.from(row.value, 'base64url'));
      })());
    },

    async countAccounts() {
      const [row] = await db.query<{ count: number | string }>('SELECT count(*) AS count FROM accounts');
      return Number(row?.count ?? 0);
    },

    async accountById(id) {
      const [row] = await db.query<AccountRow>(`SELECT ${accountColumns} FROM accounts WHERE id = $1`, [id]);
      return row === undefined ? null : fromRow(row);
    },

    async accountByEmail(email) {
      const [row] = await db.query<AccountRow>(`SELECT ${accountColumns} FROM accounts WHERE email = $1`, [email]);
      return row === undefined ? null : fromRow(row);
    },

    async listAccounts() {
      return (await db.query<AccountRow>(`SELECT ${accountColumns} FROM accounts ORDER BY created_at, id`)).map(fromRow);
    },

    insertAccount: (account) =>
      uniqueOr(() =>
        db.run(`INSERT INTO accounts (${accountColumns}, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [...params(account), Date.now()]),
      ),

    updateAccount: (account) =>
      uniqueOr(() =>
        db.run('UPDATE accounts SET name = $2, email = $3, role = $4, active = $5, person_id = $6, case_ids = $7, password_hash = $8 WHERE id = $1', params(account)),
      ),

    async putCode({ hash, kind, accountId, expiresAt }) {
      if (kind === 'invitation') await db.run('DELETE FROM one_time_codes WHERE kind = $1 AND account_id = $2', [kind, accountId]);
      await db.run('INSERT INTO one_time_codes (code_hash, kind, account_id, expires_at) VALUES ($1, $2, $3, $4)', [hash, kind, accountId, expiresAt?.getTime() ?? null]);
    },

    async takeCode(hash, kind, accountId, now) {
      // Only the account's own code is used up: a typo in the e-mail address does not spend the code.
      const [row] = await db.query<{ expires_at: number | string | null }>(
        'DELETE FROM one_time_codes WHERE code_hash = $1 AND kind = $2 AND account_id IS NOT DISTINCT FROM $3 RETURNING expires_at',
        [hash, kind, accountId],
      );
      return row !== undefined && (row.expires_at === null || Number(row.expires_at) > now.getTime());
    },

    async dropCodes(kind) {
      await db.run('DELETE FROM one_time_codes WHERE kind = $1', [kind]);
    },

    async insertRefreshToken({ hash, accountId, familyId, expiresAt }) {
      await db.run('INSERT INTO refresh_tokens (token_hash, account_id, family_id, expires_at) VALUES ($1, $2, $3, $4)', [
        hash,
        accountId,
        familyId,
        expiresAt.getTime(),
      ]);
    },

    async rotateRefreshToken(hash, now) {
      // One statement decides who exchanges the token, so two refreshes at once cannot both win.
      const [used] = await db.query<{ account_id: string; family_id: string }>(
        'UPDATE refresh_tokens SET used = 1 WHERE token_hash = $1 AND used = 0 AND revoked = 0 AND expires_at > $2 RETURNING account_id, family_id',
        [hash, now.getTime()],
      );
      if (used !== undefined) return { kind: 'rotated', accountId: used.account_id, familyId: used.family_id };
      const [known] = await db.query<{ family_id: string; used: number }>('SELECT family_id, used FROM refresh_tokens WHERE token_hash = $1', [hash]);
      if (known === undefined || Number(known.used) === 0) return { kind: 'invalid' };
      await db.run('UPDATE refresh_tokens SET revoked = 1 WHERE family_id = $1', [known.family_id]);
      return { kind: 'reused' };
    },

    async revokeRefreshFamily(hash) {
      await db.run('UPDATE refresh_tokens SET revoked = 1 WHERE family_id IN (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)', [hash]);
    },

    async revokeAccountTokens(accountId) {
      await db.run('UPDATE refresh_tokens SET revoked = 1 WHERE account_id = $1', [accountId]);
    },

    async appendAudit(event, at) {
      // The sequence number is the key: when another instance took it first, read its entry and chain after it.
      for (;;) {
        const [last] = await db.query<AuditRow>(`SELECT ${auditColumns} FROM audit_log ORDER BY seq DESC LIMIT 1`);
        const entry = nextEntry(last === undefined ? null : fromAuditRow(last), event, at);
        try {
          await db.run(`INSERT INTO audit_log (${auditColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
            entry.seq,
            entry.at,
            entry.accountId,
            entry.accountName,
            entry.action,
            entry.target,
            entry.outcome,
            entry.prevHash,
            entry.hash,
          ]);
          return entry;
        } catch (error) {
          if (!db.isUniqueViolation(error)) throw error;
        }
      }
    },

    async auditEntries() {
      return (await db.query<AuditRow>(`SELECT ${auditColumns} FROM audit_log ORDER BY seq`)).map(fromAuditRow);
    },

    async recordIssued(issued) {
      try {
        await db.run('INSERT INTO issued_versions (version_id, case_id, number, sha256, content, issued_at, account_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          issued.versionId,
          issued.caseId,
          issued.number,
          issued.sha256,
          issued.content,
          issued.issuedAt,
          issued.accountId,
        ]);
        return 'ok';
      } catch (error) {
        if (db.isUniqueViolation(error)) return 'already_issued';
        throw error;
      }
    },

    async issuedVersion(versionId) {
      const [row] = await db.query<{ version_id: string; case_id: string; number: number | string; sha256: string; content: string; issued_at: string; account_id: string }>(
        'SELECT version_id, case_id, number, sha256, content, issued_at, account_id FROM issued_versions WHERE version_id = $1',
        [versionId],
      );
      return row === undefined
        ? null
        : { versionId: row.version_id, caseId: row.case_id, number: Number(row.number), sha256: row.sha256, content: row.content, issuedAt: row.issued_at, accountId: row.account_id };
    },

    caseReference,

    async hasReferences() {
      return (await db.query('SELECT 1 FROM case_references LIMIT 1')).length > 0;
    },

    async claimReferences(claims) {
      const held = new Map<string, string>();
      // In parts, within the parameters either database takes in one statement; a case joins many at once when a board moves to the server.
      for (let start = 0; start < claims.length; start += claimBatch) {
        const part = claims.slice(start, start + claimBatch);
        const rows = part.map((_, index) => `($${index * 2 + 1}, $${index * 2 + 2}, 0)`).join(', ');
        await db.run(`INSERT INTO case_references (case_id, reference, issued) VALUES ${rows} ON CONFLICT DO NOTHING`, part.flatMap(({ caseId, reference }) => [caseId, reference]));
        const found = await db.query<{ case_id: string; reference: string }>(
          `SELECT case_id, reference FROM case_references WHERE case_id IN (${part.map((_, index) => `$${index + 1}`).join(', ')})`,
          part.map(({ caseId }) => caseId),
        );
        for (const row of found) held.set(row.case_id, row.reference);
      }
      return held;
    },

    async issueReference(caseId, pattern, year) {
      for (;;) {
        const held = await caseReference(caseId);
        if (held !== null) return { reference: held, issuedNow: false };
        // One statement takes the next number, so two instances never take the same one.
        const [counter] = await db.query<{ value: number | string }>(
          'INSERT INTO reference_counters (key, value) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET value = reference_counters.value + 1 RETURNING value',
          [sequenceKey(pattern, year)],
        );
        const reference = formatReference(pattern, year, Number(counter!.value));
        try {
          await db.run('INSERT INTO case_references (case_id, reference, issued) VALUES ($1, $2, 1)', [caseId, reference]);
          return { reference, issuedNow: true };
        } catch (error) {
          // The number is an older case's, or this case was just given one elsewhere: look again.
          if (!db.isUniqueViolation(error)) throw error;
        }
      }
    },
  };

  async function caseReference(caseId: string): Promise<string | null> {
    const [row] = await db.query<{ reference: string }>('SELECT reference FROM case_references WHERE case_id = $1', [caseId]);
    return row?.reference ?? null;
  }
}

export const newAccountId = (): string => randomUUID();

/** Cases per statement when numbers are kept: 800 parameters, under SQLite's oldest limit of 999. */
const claimBatch = 400;

interface AuditRow {
  seq: number | string;
  at: string;
  account_id: string | null;
  account_name: string | null;
  action: string;
  target: string | null;
  outcome: string;
  prev_hash: string;
  hash: string;
}

const auditColumns = 'seq, at, account_id, account_name, action, target, outcome, prev_hash, hash';
const fromAuditRow = (row: AuditRow): AuditEntry => ({
  seq: Number(row.seq),
  at: row.at,
  accountId: row.account_id,
  accountName: row.account_name,
  action: row.action as AuditEntry['action'],
  target: row.target,
  outcome: row.outcome,
  prevHash: row.prev_hash,
  hash: row.hash,
});
