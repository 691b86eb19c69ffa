import { Connection, type Document, type Extension, type afterLoadDocumentPayload, type onChangePayload } from '@hocuspocus/server';
import { parseDocumentName } from '@shared/sync/protocol';
import { readTable, writeRecord, type StoredRecord } from '@shared/sync/recordMap';
import type { AccountStore } from '../accounts/accountStore';

/** The fields of a version that only decisions change, and so only the server writes. */
const decisionFields = ['status', 'reviews', 'issuedAt'] as const;
/** What a version the app makes itself (a first draft, a new version) holds in them. */
const newVersion: Record<(typeof decisionFields)[number], unknown> = { status: 'draft', reviews: [], issuedAt: null };

type Decided = Map<string, string>;
const fingerprint = (record: StoredRecord) => JSON.stringify(decisionFields.map((field) => record[field] ?? null));

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
      for (const [versionId, record] of readTable(document, 'adviceVersions')) {
        const before = known.get(versionId);
        if (before === undefined && bringsHistory) continue;
        if (fingerprint(record) === (before ?? fingerprint(newVersion))) continue;
        const restore: Record<string, unknown> = before === undefined ? { ...newVersion } : Object.fromEntries(decisionFields.map((field, index) => [field, (JSON.parse(before) as unknown[])[index]]));
        writeRecord(document, 'adviceVersions', versionId, restore, [...decisionFields]);
        undone.push(versionId);
      }
    }, this);
    this.decided.set(document, this.read(document));
    for (const versionId of undone) {
      await this.store.appendAudit(
        { accountId, accountName: account?.name ?? null, action: 'decision', target: `${documentName}/${versionId}`, outcome: 'undone:written_by_app' },
        new Date(),
      );
    }
  }

  private read(document: Document): Decided {
    return new Map([...readTable(document, 'adviceVersions')].map(([versionId, record]) => [versionId, fingerprint(record)]));
  }
}
