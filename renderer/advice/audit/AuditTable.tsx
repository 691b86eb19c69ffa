import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatters';

export interface AuditRow {
  key: string;
  at: string;
  /** Who did it; null when the name is not known. */
  who: string | null;
  what: string;
  action?: string;
}

/** One table for both trails, the case's own and the server's: when, who, what, newest first as given. */
export function AuditTable({ labelledBy, rows }: { labelledBy: string; rows: readonly AuditRow[] }) {
  const { t } = useTranslation();
  return (
    <table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-audit-action={row.action}>
            <td>
              <time dateTime={row.at}>{formatDateTime(row.at)}</time>
            </td>
            <td>{row.who || t('audit.unknownActor')}</td>
            <td>{row.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
