import { useTranslation } from 'react-i18next';
import { Heading2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import { formatDateTime } from '../i18n/formatters';

/** Every version stays: records written with an older one keep opening with it. */
export function VersionHistory({ versions }: { versions: readonly MethodTemplate[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="method-history-heading">
      <Heading2 id="method-history-heading">{t('methods.history.title')}</Heading2>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('methods.column.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('methods.history.savedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('methods.column.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('methods.column.sections')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...versions].reverse().map((version) => (
            <TableRow key={version.version} data-version-row={version.version}>
              <TableHeaderCell scope="row">{t('methods.versionNumber', { version: version.version })}</TableHeaderCell>
              <TableCell>{formatDateTime(version.createdAt)}</TableCell>
              <TableCell>{version.name}</TableCell>
              <TableCell>{version.sections.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
