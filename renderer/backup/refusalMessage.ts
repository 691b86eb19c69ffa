import type { TFunction } from 'i18next';
import type { Refusal } from '@shared/backup/refusal';
import { isTableName } from '@shared/backup/tables';

/** The refusal in words, with the table named as users know it. */
export function refusalMessage(t: TFunction, refusal: Refusal): string {
  const params: Record<string, unknown> = { ...refusal };
  if ('table' in refusal) params.table = isTableName(refusal.table) ? t(`backup.tables.${refusal.table}`) : refusal.table;
  if (refusal.code === 'countMismatch') params.count = refusal.found;
  if (refusal.code === 'wrongKind') return t(`backup.refusal.wrongKind_${refusal.kind === 'case' ? 'case' : 'full'}`);
  return t(`backup.refusal.${refusal.code}`, params);
}
