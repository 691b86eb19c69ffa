import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import { useService } from '../services/services';
import { methodRepositoryKey } from '../meetings/methodRepositoryKey';
import { reportStorageError } from '../persistence/storageProblems';
import { useRemoteVersion } from '../sync/useRemoteVersion';

export function MethodListPage() {
  const { t } = useTranslation();
  const methods = useService(methodRepositoryKey);
  const [latest, setLatest] = useState<MethodTemplate[] | null>(null);
  const remoteVersion = useRemoteVersion('methodTemplates');
  useEffect(() => {
    let current = true;
    methods.latest().then((found) => current && setLatest(found), reportStorageError);
    return () => {
      current = false;
    };
  }, [methods, remoteVersion]);

  return (
    <>
      <p>
        <Link to="/instellingen">{t('methods.backToSettings')}</Link>
      </p>
      <Heading1>{t('methods.title')}</Heading1>
      <Paragraph>{t('methods.intro')}</Paragraph>
      {latest === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <Table aria-label={t('methods.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('methods.column.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('methods.column.version')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('methods.column.sections')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {latest.map((template) => (
              <TableRow key={template.id} data-method-row={template.id}>
                <TableHeaderCell scope="row">
                  <Link to={`/instellingen/methoden/${encodeURIComponent(template.id)}`}>{template.name}</Link>
                </TableHeaderCell>
                <TableCell>{t('methods.versionNumber', { version: template.version })}</TableCell>
                <TableCell>{template.sections.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
