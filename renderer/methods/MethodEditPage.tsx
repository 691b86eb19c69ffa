import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { boardDocumentName } from '@shared/sync/protocol';
import { storageKeyOf } from '@shared/sync/syncedTables';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { MethodForm } from './form/MethodForm';
import { useMethodVersions } from './useMethodVersions';
import { VersionHistory } from './VersionHistory';

export function MethodEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { versions, save } = useMethodVersions(id);
  if (versions === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  const current = versions.at(-1);
  const back = (
    <p>
      <Link to="/instellingen/methoden">{t('methods.backToList')}</Link>
    </p>
  );
  if (!current) {
    return (
      <>
        {back}
        <Paragraph>{t('methods.notFound')}</Paragraph>
      </>
    );
  }
  return (
    <>
      {back}
      <Heading1>{t('methods.edit.title', { name: current.name })}</Heading1>
      <Paragraph>{t('methods.edit.intro', { version: current.version })}</Paragraph>
      <ConflictAlerts
        document={boardDocumentName}
        only={(table, key) => table === 'methodTemplates' && storageKeyOf(table, key)[0] === id}
        nameOf={(_table, key) => t('methods.versionName', { name: current.name, version: storageKeyOf('methodTemplates', key)[1] })}
      />
      <MethodForm
        key={current.id}
        current={current}
        versions={versions}
        onSave={save}
        onCancel={() => navigate('/instellingen/methoden')}
      />
      <VersionHistory versions={versions} />
    </>
  );
}
