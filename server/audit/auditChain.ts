import { sha256 } from '../accounts/secrets';

/** What the server records: setup, logins (also refused), account changes, refused connections, decisions on advice, project leads' screenings and process owners' reads of their case (also refused), reference numbers issued or written back. */
export const auditActions = [
  'setup',
  'login',
  'invitation.accept',
  'account.create',
  'account.update',
  'account.reset',
  'connection.refused',
  'decision',
  'screening.save',
  'screening.complete',
  'owner.read',
  'reference',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEvent {
  /** The account that acted or was refused; null when none is known (an unknown e-mail, a bad token). */
  accountId: string | null;
  accountName: string | null;
  action: AuditAction;
  /** What it concerned: a document name, the changed account's id, the e-mail tried. */
  target: string | null;
  /** 'ok', or the refusal code. */
  outcome: string;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64);

/** The entry's fields in one fixed order, so the same entry always hashes the same. */
function canonical(entry: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return JSON.stringify([entry.seq, entry.at, entry.accountId, entry.accountName, entry.action, entry.target, entry.outcome]);
}

export function chainHash(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256(canonical(entry) + entry.prevHash);
}

/** The next entry after `previous` (null: the first). */
export function nextEntry(previous: Pick<AuditEntry, 'seq' | 'hash'> | null, event: AuditEvent, at: Date): AuditEntry {
  const unhashed = { ...event, seq: (previous?.seq ?? 0) + 1, at: at.toISOString(), prevHash: previous?.hash ?? genesisHash };
  return { ...unhashed, hash: chainHash(unhashed) };
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; brokenAt: number };

/** Whether every entry, in order, is unchanged and follows the one before: the first one that does not is named. */
export function checkChain(entries: readonly AuditEntry[]): ChainCheck {
  let previous: Pick<AuditEntry, 'seq' | 'hash'> = { seq: 0, hash: genesisHash };
  for (const entry of entries) {
    if (entry.seq !== previous.seq + 1 || entry.prevHash !== previous.hash || entry.hash !== chainHash(entry)) return { ok: false, brokenAt: entry.seq };
    previous = entry;
  }
  return { ok: true, entries: entries.length };
}
