import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { ownsCase } from '@shared/accounts/documentAccess';
import { adviceSchema, adviceVersionSchema, auditEventSchema, type AdviceVersion } from '@shared/advice/adviceSchema';
import { issuedAdviceSchema, type OwnerCase, type OwnerCaseAnswer, type OwnerCaseRequest } from '@shared/advice/ownerCase';
import { caseSchema } from '@shared/cases/caseSchema';
import { caseDocumentName } from '@shared/sync/protocol';
import { readRecord, readTable } from '@shared/sync/recordMap';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';
import type { CommandResult } from '../extensions/commandEndpoint';

/**
 * A process owner's view of their one case, read by the server from the
 * case's document they may not receive: its reference and title, the advice
 * as issued and where their conclusion stands. Every read, refused ones too,
 * goes into the audit log.
 */
export function createOwnerCaseService(store: AccountStore) {
  async function audit(account: StoredAccount, caseId: string, outcome: string): Promise<void> {
    await store.appendAudit({ accountId: account.id, accountName: account.name, action: 'owner.read', target: caseDocumentName(caseId), outcome }, new Date());
  }

  /** The copy the server kept when it issued the version (immutable, with its SHA-256); the document's record for one issued before the board had a server. */
  async function issuedText(doc: Y.Doc, versionId: string): Promise<AdviceVersion | null> {
    const kept = await store.issuedVersion(versionId);
    const version = adviceVersionSchema.safeParse(kept === null ? readRecord(doc, 'adviceVersions', versionId) : JSON.parse(kept.content));
    return version.success && version.data.status === 'issued' ? version.data : null;
  }

  return {
    async read(instance: Hocuspocus, account: StoredAccount, { caseId }: OwnerCaseRequest): Promise<CommandResult<OwnerCaseAnswer>> {
      // Checked before the document is opened: another case is not there to find, not even by its name.
      if (!ownsCase(account, caseId)) {
        await audit(account, caseId, 'forbidden');
        return { kind: 'forbidden' };
      }
      const connection = await instance.openDirectConnection(caseDocumentName(caseId), { accountId: account.id });
      try {
        const doc = connection.document!;
        const theCase = caseSchema.safeParse(readRecord(doc, 'cases', caseId));
        if (!theCase.success) {
          await audit(account, caseId, 'not_found');
          return { kind: 'not_found' };
        }
        const advice = adviceSchema.safeParse(readRecord(doc, 'advices', caseId));
        const issued = advice.success ? advice.data.versions.filter((version) => version.status === 'issued').sort((a, b) => b.number - a.number)[0] : undefined;
        const version = issued === undefined ? null : await issuedText(doc, issued.id);
        const ownerCase: OwnerCase = {
          caseId,
          reference: theCase.data.reference,
          title: theCase.data.title,
          issuedOn: advice.success ? advice.data.issuedOn : null,
          advice: version === null ? null : issuedAdviceSchema.parse(version),
          conclusion: advice.success ? advice.data.conclusion : null,
          conclusionRecordedAt: advice.success ? advice.data.conclusionRecordedAt : null,
          conclusionRecordedBy: conclusionRecorder(doc, caseId),
        };
        await audit(account, caseId, 'ok');
        return { kind: 'answered', answer: { ok: true, ownerCase } };
      } finally {
        await connection.disconnect();
      }
    },
  };
}

export type OwnerCaseService = ReturnType<typeof createOwnerCaseService>;

/** Who recorded the conclusion last, as the case's trail names them. */
function conclusionRecorder(doc: Y.Doc, caseId: string): string | null {
  const entries = [...readTable(doc, 'auditEvents').values()].flatMap((record) => {
    const entry = auditEventSchema.safeParse(record);
    return entry.success && entry.data.caseId === caseId && entry.data.subject === 'conclusion' ? [entry.data] : [];
  });
  return entries.sort((a, b) => b.at.localeCompare(a.at))[0]?.actor ?? null;
}
