import { useLayoutEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { isProvisionalReference } from '@shared/cases/reference';
import { caseDocumentName } from '@shared/sync/protocol';
import { useService } from '../services/services';
import { caseRepositoryKey } from './caseRepository';
import { StatusLabel } from '../components/StatusLabel';
import { measureAfterPaint } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { AttachmentsPanel } from './page/AttachmentsPanel';
import { CaseDetails } from './page/CaseDetails';
import { MissingCase } from './page/MissingCase';
import { CaseBoardPanel } from '../people/CaseBoardPanel';
import { CaseStatusControl } from './page/CaseStatusControl';
import { CasePresence } from '../board/CasePresence';
import { DescriptionEditor } from './page/DescriptionEditor';
import { CaseMeetingsPanel } from '../meetings/CaseMeetingsPanel';
import { AuditTrail } from '../advice/audit/AuditTrail';
import { SimilarCasesPanel } from '../search/SimilarCasesPanel';
import { useCase } from './useCase';
import { ReadOnlyCaseNotice } from '../board/ReadOnlyCaseNotice';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { CaseScreeningPanel } from '../screening/CaseScreeningPanel';

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const cases = useService(caseRepositoryKey);
  const { found, setFound } = useCase(id);
  const registered = (location.state as { registered?: string } | null)?.registered;

  useLayoutEffect(() => {
    if (found) measureAfterPaint('casepage');
  }, [found]);

  if (found === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (found === null) return <MissingCase caseId={id} />;

  const refresh = () => cases.get(found.id).then((c) => c && setFound(c), reportStorageError);
  const toggleArchive = async () => {
    try {
      setFound(await (found.archivedAt ? cases.restore(found.id) : cases.archive(found.id)));
    } catch (error) {
      reportStorageError(error);
    }
  };

  return (
    <article className="case-page">
      {registered && (
        <Alert type="ok" role="status">
          <Paragraph>{t('casePage.registered', { reference: registered })}</Paragraph>
        </Alert>
      )}
      <ReadOnlyCaseNotice caseId={found.id} />
      <ConflictAlerts document={caseDocumentName(found.id)} />
      {found.archivedAt && (
        <Alert type="warning">
          <Paragraph>{t('casePage.archivedNotice')}</Paragraph>
        </Alert>
      )}
      <p className="case-page__reference">{found.reference}</p>
      {isProvisionalReference(found.reference) && <Paragraph className="muted">{t('casePage.provisionalReference')}</Paragraph>}
      <Heading1>{found.title}</Heading1>
      <CasePresence caseId={found.id} />
      <p>
        {t('case.status')}: <StatusLabel status={found.status} />
      </p>
      <ButtonGroup className="case-page__actions">
        <Link className="button-link" to={`/casussen/${found.id}/bewerken`}>
          {t('casePage.edit')}
        </Link>
        <Link className="button-link" to={`/casussen/${found.id}/advies`}>
          {t('casePage.advice')}
        </Link>
        <Button appearance="secondary-action-button" onClick={toggleArchive}>
          {t(found.archivedAt ? 'casePage.restore' : 'casePage.archive')}
        </Button>
      </ButtonGroup>
      {!found.archivedAt && <CaseStatusControl key={found.status} current={found} onChanged={refresh} />}
      <CaseDetails current={found} />
      <CaseScreeningPanel caseId={found.id} />
      <CaseBoardPanel caseId={found.id} />
      <DescriptionEditor caseId={found.id} />
      <CaseMeetingsPanel caseId={found.id} />
      <SimilarCasesPanel caseId={found.id} />
      <AuditTrail caseId={found.id} />
      <AttachmentsPanel caseId={found.id} />
    </article>
  );
}
