import { describe, expect, it } from 'vitest';
import { type AuditEntry, type AuditEvent, checkChain, nextEntry } from '../../../../server/audit/auditChain';

const event = (outcome: string): AuditEvent => ({ accountId: 'a1', accountName: 'Sanne Secretaris', action: 'login', target: 'sanne@gemeente.nl', outcome });

function chainOf(outcomes: string[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const outcome of outcomes) entries.push(nextEntry(entries.at(-1) ?? null, event(outcome), new Date('2026-03-02T09:00:00Z')));
  return entries;
}

describe('audit chain', () => {
  it('links every entry to the one before', () => {
    const entries = chainOf(['invalid_credentials', 'ok', 'ok']);

    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(checkChain(entries)).toEqual({ ok: true, entries: 3 });
  });

  it.each([
    ['a changed outcome', (entries: AuditEntry[]) => ({ ...entries[1]!, outcome: 'ok' }), 2],
    ['a changed name with its hash recomputed', (entries: AuditEntry[]) => ({ ...nextEntry(entries[0]!, { ...event('invalid_credentials'), accountName: 'Iemand anders' }, new Date('2026-03-02T09:00:00Z')) }), 3],
  ])('names the first entry that no longer fits after %s', (_, change, brokenAt) => {
    const entries = chainOf(['ok', 'invalid_credentials', 'ok']);
    entries[1] = change(entries);

    expect(checkChain(entries)).toEqual({ ok: false, brokenAt });
  });

  it('notices a removed entry', () => {
    const entries = chainOf(['ok', 'invalid_credentials', 'ok']);

    expect(checkChain([entries[0]!, entries[2]!])).toEqual({ ok: false, brokenAt: 3 });
  });
});
