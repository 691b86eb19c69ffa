import { useEffect, useLayoutEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { checkEditable } from '@shared/advice/versionRules';
import { useService } from '../services/services';
import { adviceRepositoryKey } from './adviceRepositoryKey';
import { useCase } from '../cases/useCase';
import { measureAfterPaint } from '../perf/paintMarks';
import { reportStorageError } from '../persistence/storageProblems';
import { AdviceReadView } from './AdviceReadView';
import { AdviceEditor } from './editor/AdviceEditor';
import { NewVersionForm } from './NewVersionForm';
import { AdviceExportButtons } from '../export/AdviceExportButtons';
import { AdviceOutcomePanels } from './outcome/AdviceOutcomePanels';
import { AuditTrail } from './audit/AuditTrail';
import { ReviewPanel } from './ReviewPanel';
import { StartAdvice } from './StartAdvice';
import { useAdvice } from './useAdvice';
import { VersionList } from './VersionList';
import { VersionStatusControl } from './VersionStatusControl';
import './advice.css';

/** The advice of one case: its versions, the text of the chosen one, review and what came of it. */
export function AdvicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { found } = useCase(id);
  const { loaded, reload, setLoaded } = useAdvice(id);
  const advice = useService(adviceRepositoryKey);
  const latestNumber = loaded?.latest.number ?? 1;
  const shownNumber = Number(search.get('versie') ?? latestNumber) || latestNumber;
  const [older, setOlder] = useState<AdviceVersion | undefined>(undefined);

  useEffect(() => {
    const summary = loaded?.versions.find((v) => v.number === shownNumber);
    if (summary && summary.number !== loaded?.latest.number) advice.getVersion(summary.id).then(setOlder, reportStorageError);
  }, [advice, loaded, shownNumber]);

  useLayoutEffect(() => {
    if (found && loaded !== undefined) measureAfterPaint('advicepage');
  }, [found, loaded]);

  if (found === undefined || loaded === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (found === null) return <Paragraph>{t('casePage.notFound')}</Paragraph>;

  const shown = shownNumber === latestNumber ? loaded?.latest : older?.number === shownNumber ? older : undefined;
  const showLatest = () => setSearch({}, { replace: true });
  const onVersionChanged = (version: AdviceVersion) =>
    setLoaded((current) => (current ? { ...current, latest: version } : current));
  const afterStep = () => void reload();

  return (
    <article className="advice-page">
      <p className="case-page__reference">
        <Link to={`/casussen/${found.id}`}>{t('advice.backToCase', { reference: found.reference })}</Link>
      </p>
      <Heading1>{t('advice.title', { title: found.title })}</Heading1>
      {loaded === null ? (
        <StartAdvice caseId={found.id} onStarted={setLoaded} />
      ) : (
        <>
          <VersionList caseId={found.id} versions={loaded.versions} shown={shownNumber} />
          <AdviceExportButtons caseId={found.id} />
          {shown && (
            <>
              <p className="advice-status">
                {t('advice.shownStatus', { number: shown.number, status: t(`advice.status.${shown.status}`) })}
              </p>
              {shown.number === latestNumber && <VersionStatusControl version={shown} onChanged={afterStep} />}
              {shown.number === latestNumber && shown.status !== 'draft' && (
                <NewVersionForm caseId={found.id} onCreated={() => void reload().then(showLatest)} />
              )}
              {checkEditable(shown, latestNumber).ok ? (
                <AdviceEditor key={shown.id} version={shown} onChanged={onVersionChanged} />
              ) : (
                <AdviceReadView version={shown} />
              )}
              <ReviewPanel version={shown} onChanged={onVersionChanged} />
            </>
          )}
          <AdviceOutcomePanels key={`${loaded.latest.number}:${loaded.latest.status}`} caseId={found.id} onChanged={afterStep} />
        </>
      )}
      <AuditTrail caseId={found.id} />
    </article>
  );
}
