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
import { changeAtOnce } from '../changeAtOnce';

/** Numbers cases carried are kept at most this long after they are seen, or at once when this many wait. */
const claimDelayMs = 200;
const claimsAtOnce = 400;

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
  /** Numbers cases carried, seen and not yet kept: kept together, as a board moving to the server brings thousands at once. */
  private readonly claims = new Map<string, { document: Y.Doc; reference: string; accountId: string | null }>();
  private claimTimer: NodeJS.Timeout | undefined;
  private lastClaim: Promise<void> = Promise.resolve();
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
    const carried = (await readAllStored()).flatMap(({ name, state }) => {
      const ref = parseDocumentName(name);
      if (ref?.kind !== 'case') return [];
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const reference = referenceIn(doc, ref.caseId);
      doc.destroy();
      return reference === null || isProvisionalReference(reference) ? [] : [{ caseId: ref.caseId, reference }];
    });
    await this.store.claimReferences(carried);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    this.settle(document, documentName, null);
  }

  async onChange({ document, documentName, context }: onChangePayload) {
    this.settle(document, documentName, (context as { accountId?: string } | undefined)?.accountId ?? null);
  }

  /** A stop waits for numbers being kept and issued, so none is kept in the database without being in the document. */
  async onDestroy() {
    await this.claimSeen();
    await Promise.allSettled([...this.running]);
  }

  private settle(document: Y.Doc, documentName: string, accountId: string | null): void {
    const ref = parseDocumentName(documentName);
    if (ref?.kind !== 'case') return;
    const reference = referenceIn(document, ref.caseId);
    if (reference === null || this.settled.get(document) === reference) return;
    if (isProvisionalReference(reference)) {
      this.enqueue(document, ref.caseId, accountId);
      return;
    }
    this.claims.set(ref.caseId, { document, reference, accountId });
    if (this.claims.size >= claimsAtOnce) void this.claimSeen();
    else this.claimTimer ??= setTimeout(() => void this.claimSeen(), claimDelayMs).unref();
  }

  /** Keeps the numbers seen so far; a case whose number differs from the one it holds on the server gets that one back. */
  private claimSeen(): Promise<void> {
    clearTimeout(this.claimTimer);
    this.claimTimer = undefined;
    const batch = [...this.claims];
    this.claims.clear();
    if (batch.length === 0) return this.lastClaim;
    const run = this.store
      .claimReferences(batch.map(([caseId, { reference }]) => ({ caseId, reference })))
      .then((held) => {
        for (const [caseId, { document, reference, accountId }] of batch) {
          const number = held.get(caseId);
          // No number held: another case has this one from before, which the app shows (referenceClash).
          if (number === undefined || number === reference) this.settled.set(document, reference);
          else this.enqueue(document, caseId, accountId);
        }
      })
      .catch((error: unknown) => console.error(serverTexts.referenceFailed(batch.map(([caseId]) => caseId).join(', '), error)));
    this.track(run);
    this.lastClaim = run;
    return run;
  }

  /** One case at a time, each looking afresh: one update arrives in several messages, and each would otherwise take a number. */
  private enqueue(document: Y.Doc, caseId: string, accountId: string | null): void {
    const run = (this.queues.get(document) ?? Promise.resolve()).then(() => this.settleCase(document, caseId, accountId)).catch((error: unknown) => {
      // Forgotten, so the next change to the case tries again.
      this.settled.delete(document);
      console.error(serverTexts.referenceFailed(caseId, error));
    });
    // Not awaited: a load or an update never waits for the database; the number follows within moments.
    this.queues.set(document, run);
    this.track(run);
  }

  private track(run: Promise<void>): void {
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  private async settleCase(document: Y.Doc, caseId: string, accountId: string | null): Promise<void> {
    const reference = referenceIn(document, caseId);
    if (reference === null || this.settled.get(document) === reference) return;
    // The numbers this instance has seen are kept before one is issued, so it is not one of them.
    await this.claimSeen();
    const held = await this.store.caseReference(caseId);
    if (held === null && !isProvisionalReference(reference)) return;
    const account = accountId === null ? null : await this.store.accountById(accountId);
    const year = createdYear(document, caseId);
    const { reference: number, issuedNow } = held === null ? await this.store.issueReference(caseId, this.pattern, year) : { reference: held, issuedNow: false };
    const connection = await this.instance!.openDirectConnection(caseDocumentName(caseId), { referenceIssuer: true });
    try {
      let written = false;
      await changeAtOnce(connection, (doc) => {
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
