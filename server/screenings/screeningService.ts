import type { Hocuspocus } from '@hocuspocus/server';
import { checkScreeningSave, type ScreeningSaveAnswer } from '@shared/screening/screeningCommand';
import { screeningSchema, type Screening } from '@shared/screening/screeningSchema';
import { screeningTemplateSchema, type ScreeningTemplate } from '@shared/screening/templateSchema';
import { boardDocumentName } from '@shared/sync/protocol';
import { readRecord, readTable, writeRecord } from '@shared/sync/recordMap';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';
import { changeAtOnce, type DirectConnection } from '../changeAtOnce';

export type ScreeningResult<T> = { kind: 'answered'; answer: T } | { kind: 'forbidden' };

/** The key of a template version in the board's document (recordKey in shared/backup/tables). */
const templateKey = (id: string, version: number) => `${id}\u001f${version}`;

/**
 * A project lead's screenings, through the server: they receive no document,
 * so the server reads the templates for them from the board's document and
 * writes their screenings into it as their account, checked by the shared
 * rule (shared/screening/screeningCommand) and logged in the audit trail.
 */
export function createScreeningService(store: AccountStore) {
  async function withBoard<T>(instance: Hocuspocus, account: StoredAccount, use: (connection: DirectConnection) => Promise<T>): Promise<T> {
    const connection = await instance.openDirectConnection(boardDocumentName, { accountId: account.id });
    try {
      return await use(connection);
    } finally {
      await connection.disconnect();
    }
  }

  const mayUse = (account: StoredAccount) => account.role === 'projectleider';

  return {
    /** The newest version of every template in the board's document. */
    async templates(instance: Hocuspocus, account: StoredAccount): Promise<ScreeningResult<ScreeningTemplate[]>> {
      if (!mayUse(account)) return { kind: 'forbidden' };
      const newest = await withBoard(instance, account, async ({ document }) => {
        const byId = new Map<string, ScreeningTemplate>();
        for (const record of readTable(document!, 'screeningTemplates').values()) {
          const parsed = screeningTemplateSchema.safeParse(record);
          if (!parsed.success) continue;
          const known = byId.get(parsed.data.id);
          if (!known || known.version < parsed.data.version) byId.set(parsed.data.id, parsed.data);
        }
        return [...byId.values()];
      });
      return { kind: 'answered', answer: newest };
    },

    /** The caller's own screenings, for a machine that has none of them yet. */
    async list(instance: Hocuspocus, account: StoredAccount): Promise<ScreeningResult<Screening[]>> {
      if (!mayUse(account)) return { kind: 'forbidden' };
      const own = await withBoard(instance, account, async ({ document }) =>
        [...readTable(document!, 'screenings').values()].flatMap((record) => {
          const parsed = screeningSchema.safeParse(record);
          return parsed.success && parsed.data.accountId === account.id ? [parsed.data] : [];
        }),
      );
      return { kind: 'answered', answer: own };
    },

    /**
     * Creates or saves one of the caller's screenings in the board's document,
     * in one transaction, stored before the answer goes out. A screening of
     * someone else (another lead's, or one made in the board's app) is refused
     * as if it were not there to change.
     */
    async save(instance: Hocuspocus, account: StoredAccount, submitted: Screening): Promise<ScreeningResult<ScreeningSaveAnswer>> {
      const target = `screening/${submitted.id}`;
      const audit = (outcome: string) =>
        store.appendAudit({ accountId: account.id, accountName: account.name, action: submitted.status === 'completed' ? 'screening.complete' : 'screening.save', target, outcome }, new Date());
      if (!mayUse(account)) {
        await audit('forbidden');
        return { kind: 'forbidden' };
      }
      const result = await withBoard(instance, account, async (connection) => {
        let outcome: ScreeningResult<ScreeningSaveAnswer> = { kind: 'forbidden' };
        await changeAtOnce(connection, (board) => {
          const stored = readRecord(board, 'screenings', submitted.id);
          const existing = stored === null ? null : screeningSchema.safeParse(stored);
          if (existing !== null && (!existing.success || existing.data.accountId !== account.id)) return;
          const template = screeningTemplateSchema.safeParse(readRecord(board, 'screeningTemplates', templateKey(submitted.templateId, submitted.templateVersion)));
          const checked = checkScreeningSave(submitted, existing?.data ?? null, template.success ? template.data : null, account.id, new Date());
          if (!checked.ok) {
            outcome = { kind: 'answered', answer: { ok: false, reasons: [...checked.refusals] } };
            return;
          }
          writeRecord(board, 'screenings', submitted.id, checked.value, null);
          outcome = { kind: 'answered', answer: { ok: true, screening: checked.value } };
        });
        return outcome as ScreeningResult<ScreeningSaveAnswer>;
      });
      await audit(result.kind === 'forbidden' ? 'forbidden' : result.answer.ok ? 'ok' : result.answer.reasons.join(','));
      return result;
    },
  };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;
