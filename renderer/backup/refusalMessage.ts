import type { TFunction } from 'i18next';
import type { Refusal } from '@shared/backup/refusal';
import { isTableName } from '@shared/backup/tables';

/** The refusal in words, with tables and unique fields named as users know them. */
export function refusalMessage(t: TFunction, refusal: Refusal): string {
  const params: Record<string, unknown> = { ...refusal };
  const tableName = (table: string) => (isTableName(table) ? t(`backup.tables.${table}`) : table);
  if ('table' in refusal) params.table = tableName(refusal.table);
  if (refusal.code === 'missingParent') params.parentTable = tableName(refusal.parentTable);
  if (refusal.code === 'duplicateValue') params.field = t(`backup.uniqueFields.${refusal.field}`, { defaultValue: refusal.field });
  if (refusal.code === 'countMismatch') params.count = refusal.found;
  if (refusal.code === 'wrongKind') return t(`backup.refusal.wrongKind_${refusal.kind === 'case' ? 'case' : 'full'}`);
  return t(`backup.refusal.${refusal.code}`, params);
}
