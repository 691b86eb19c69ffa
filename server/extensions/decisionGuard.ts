import { Connection, type Document, type Extension, type afterLoadDocumentPayload, type onChangePayload } from '@hocuspocus/server';
import { emptyPublication } from '@shared/advice/adviceSchema';
import { parseDocumentName } from '@shared/sync/protocol';
import { readTable, writeRecord, type StoredRecord } from '@shared/sync/recordMap';
import type { SyncedTable } from '@shared/sync/syncedTables';
import { canonicalJson } from '@shared/util/canonicalJson';
import type { AccountStore } from '../accounts/accountStore';

/**
 * The fields only decisions change, and so only the server writes, per table:
 * a version's status, reviews and issue time; an advice's conclusion and
 * publication. `fresh` is what a record the app makes itself (a first draft,
 * a new version, a new advice) holds in them.
 */
const guarded = [
  { table: 'adviceVersions', fields: ['status', 'reviews', 'issuedAt'], fresh: { status: 'draft', reviews: [], issuedAt: null } },
  { table: 'advices', fields: ['conclusion', 'conclusionRecordedAt', 'publication'], fresh: { conclusion: null, conclusionRecordedAt: null, publication: emptyPublication } },
] as const satisfies readonly { table: SyncedTable; fields: readonly string[]; fresh: Record<string, unknown> }[];
type Guarded = (typeof guarded)[number];

/** Per guarded table, each record's decided fields as last seen from the server's side. */
type Decided = Map<Guarded['table'], Map<string, string>>;
// Key order differs between the app's objects and those parsed by a schema: the same value must give the same print.
const fingerprint = (guard: Guarded, record: StoredRecord) => canonicalJson(guard.fields.map((field) => record[field] ?? null));

/**
 * Decisions are the server's (POST /beraad/decisions): an app that writes a
 * version's status, reviews or issue time into the case's document itself —
 * an old app, or one changed to approve in another's name — is undone at
 * once, and the attempt goes into the audit log. The server's own writes and
 * those of other instances (through Redis) are taken as they come. Versions
 * new to the server may only be drafts, except from the secretary, who brings
 * a solo database's history along when the board moves to a server.
 */
export class DecisionGuard implements Extension {
  extensionName = 'decisionGuard';
  private readonly decided = new WeakMap<Document, Decided>();

  constructor(private readonly store: AccountStore) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    if (parseDocumentName(documentName)?.kind === 'case') this.decided.set(document, this.read(document));
  }

  async onChange({ document, documentName, transactionOrigin, context }: onChangePayload) {
    const known = this.decided.get(document);
    if (known === undefined) return;
    if (!(transactionOrigin instanceof Connection)) {
      this.decided.set(document, this.read(document));
      return;
    }
    const accountId = (context as { accountId?: string } | undefined)?.accountId ?? null;
    const account = accountId === null ? null : await this.store.accountById(accountId);
    // Moving a solo database to the board brings its earlier decisions along: the secretary may bring versions the server has not seen as they are.
    const bringsHistory = account?.role === 'secretaris';
    const undone: string[] = [];
    document.transact(() => {
      for (const guard of guarded) {
        const before = known.get(guard.table)!;
        for (const [key, record] of readTable(document, guard.table)) {
          const seen = before.get(key);
          if (seen === undefined && bringsHistory) continue;
          if (fingerprint(guard, record) === (seen ?? fingerprint(guard, guard.fresh))) continue;
          const restore = seen === undefined ? guard.fresh : Object.fromEntries(guard.fields.map((field, index) => [field, (JSON.parse(seen) as unknown[])[index]]));
          writeRecord(document, guard.table, key, restore, [...guard.fields]);
          undone.push(key);
        }
      }
    }, this);
    this.decided.set(document, this.read(document));
    for (const key of undone) {
      await this.store.appendAudit(
        { accountId, accountName: account?.name ?? null, action: 'decision', target: `${documentName}/${key}`, outcome: 'undone:written_by_app' },
        new Date(),
      );
    }
  }

  private read(document: Document): Decided {
    return new Map(guarded.map((guard) => [guard.table, new Map([...readTable(document, guard.table)].map(([key, record]) => [key, fingerprint(guard, record)]))]));
  }
}
