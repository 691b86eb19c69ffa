import { randomUUID } from 'node:crypto';
import type { Extension, Hocuspocus, afterLoadDocumentPayload, onChangePayload, onConfigurePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { auditEventSchema } from '@shared/advice/adviceSchema';
import { caseSchema } from '@shared/cases/caseSchema';
import { isProvisionalReference } from '@shared/cases/reference';
import type { DocumentState } from '@shared/sync/documentSnapshot';
import { caseDocumentName, parseDocumentName } from '@shared/sync/protocol';
import { readRecord, writeRecord } from '@shared/sync/recordMap';
import type { AccountStore } from '../accounts/accountStore';
import { serverTexts } from '../serverTexts';

/**
 * Reference numbers are the server's: a case that reaches it with a
 * provisional reference ("concept-…", registered on a machine in board mode)
 * gets the next number of the board's pattern, written into the case's
 * document in one transaction with an entry in its trail, and the number is
 * kept in the server's database (`case_references`) before anyone sees it. A
 * number once issued never changes: an app that writes another over it is
 * answered with the issued one. Numbers cases already carried (from before)
 * are kept there too, so they are never issued again.
 *
 * It runs when a case document is loaded and after every change to it, on
 * whichever instance has it open; the database decides the number, so two
 * instances that both see a new case write the same one.
 */
export class ReferenceIssuer implements Extension {
  extensionName = 'referenceIssuer';
  /** Per open document, the reference last settled, so typing in a case costs no database read. */
  private readonly settled = new WeakMap<Y.Doc, string>();
  private readonly queues = new WeakMap<Y.Doc, Promise<void>>();
  private readonly running = new Set<Promise<void>>();
  private instance: Hocuspocus | undefined;

  constructor(
    private readonly store: AccountStore,
    private readonly pattern: string,
  ) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
  }

  /**
   * On a server that has not seen reference numbers before (a new one, or one
   * upgraded with the board's cases in it), keeps the numbers the stored
   * cases carry, before anyone connects and a new number could meet one.
   */
  async claimStored(readAllStored: () => Promise<DocumentState[]>): Promise<void> {
    if (await this.store.hasReferences()) return;
    for (const { name, state } of await readAllStored()) {
      const ref = parseDocumentName(name);
      if (ref?.kind !== 'case') continue;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const reference = referenceIn(doc, ref.caseId);
      if (reference !== null && !isProvisionalReference(reference)) await this.store.claimReference(ref.caseId, reference);
      doc.destroy();
    }
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    this.settle(document, documentName, null);
  }

  async onChange({ document, documentName, context }: onChangePayload) {
    this.settle(document, documentName, (context as { accountId?: string } | undefined)?.accountId ?? null);
  }

  /** A stop waits for numbers being issued, so none is kept in the database without being in the document. */
  async onDestroy() {
    await Promise.allSettled([...this.running]);
  }

  private settle(document: Y.Doc, documentName: string, accountId: string | null): void {
    const ref = parseDocumentName(documentName);
    if (ref?.kind !== 'case') return;
    const unsettled = () => {
      const reference = referenceIn(document, ref.caseId);
      return reference === null || this.settled.get(document) === reference ? null : reference;
    };
    if (unsettled() === null) return;
    // One at a time per case, each looking afresh: one update arrives in several messages, and each would otherwise take a number.
    const run = (this.queues.get(document) ?? Promise.resolve())
      .then(() => {
        const reference = unsettled();
        return reference === null ? undefined : this.settleCase(document, ref.caseId, reference, accountId);
      })
      .catch((error: unknown) => {
        // Forgotten, so the next change to the case tries again.
        this.settled.delete(document);
        console.error(serverTexts.referenceFailed(ref.caseId, error));
      });
    // Not awaited: a load or an update never waits for the database; the number follows within moments.
    this.queues.set(document, run);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async settleCase(document: Y.Doc, caseId: string, reference: string, accountId: string | null): Promise<void> {
    const held = await this.store.caseReference(caseId);
    if (held === null && !isProvisionalReference(reference)) {
      // A number the case carried before the server issued them; another case holding it is the app's to show (referenceClash).
      await this.store.claimReference(caseId, reference);
      this.settled.set(document, reference);
      return;
    }
    const account = accountId === null ? null : await this.store.accountById(accountId);
    const year = createdYear(document, caseId);
    const { reference: number, issuedNow } = held === null ? await this.store.issueReference(caseId, this.pattern, year) : { reference: held, issuedNow: false };
    const connection = await this.instance!.openDirectConnection(caseDocumentName(caseId), { referenceIssuer: true });
    try {
      let written = false;
      await connection.transact((doc) => {
        const current = referenceIn(doc, caseId);
        if (current === null || current === number) return;
        // Before the write: the change it makes comes back here and must find the case settled.
        this.settled.set(document, number);
        writeRecord(doc, 'cases', caseId, { reference: number }, ['reference']);
        if (issuedNow) {
          const entry = auditEventSchema.parse({
            id: randomUUID(),
            caseId,
            at: new Date().toISOString(),
            actor: account?.name ?? serverTexts.serverActor,
            subject: 'case',
            action: 'referenceIssued',
            detail: { reference: number, provisional: current },
          });
          writeRecord(doc, 'auditEvents', entry.id, entry, null);
        }
        written = true;
      });
      this.settled.set(document, number);
      if (written) {
        await this.store.appendAudit(
          { accountId: account?.id ?? null, accountName: account?.name ?? null, action: 'reference', target: caseDocumentName(caseId), outcome: `${issuedNow ? 'issued' : 'kept'}:${number}` },
          new Date(),
        );
      }
    } finally {
      await connection.disconnect();
    }
  }
}

function referenceIn(doc: Y.Doc, caseId: string): string | null {
  const reference = readRecord(doc, 'cases', caseId)?.reference;
  return typeof reference === 'string' ? reference : null;
}

/** The year the case was registered in, which its number shows: a case registered offline on 31 December is numbered in that year. */
function createdYear(doc: Y.Doc, caseId: string): number {
  const parsed = caseSchema.safeParse(readRecord(doc, 'cases', caseId));
  return parsed.success ? new Date(parsed.data.createdAt).getFullYear() : new Date().getFullYear();
}
