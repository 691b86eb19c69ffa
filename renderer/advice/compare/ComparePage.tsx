import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { compareVersions } from '@shared/advice/compareVersions';
import { useService } from '../../services/services';
import { adviceRepositoryKey } from '../adviceRepositoryKey';
import { markRequested, measureAfterPaint } from '../../perf/paintMarks';
import { reportStorageError } from '../../persistence/storageProblems';
import { ComparedPartView } from './ComparedPartView';
import '../advice.css';

/** Two versions of an advice side by side; changed parts are marked in words and by a border. */
export function ComparePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const advice = useService(adviceRepositoryKey);
  const leftNumber = Number(search.get('links'));
  const rightNumber = Number(search.get('rechts'));
  const [versions, setVersions] = useState<[AdviceVersion, AdviceVersion] | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    markRequested('compare');
    advice
      .versionsByNumber(id, [leftNumber, rightNumber])
      .then((found) => current && setVersions(found[0] && found[1] ? [found[0], found[1]] : null), reportStorageError);
    return () => {
      current = false;
    };
  }, [advice, id, leftNumber, rightNumber]);

  const parts = useMemo(() => (versions ? compareVersions(versions[0], versions[1]) : []), [versions]);
  useLayoutEffect(() => {
    if (versions) measureAfterPaint('compare');
  }, [versions]);

  if (versions === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (versions === null) return <Paragraph>{t('advice.compare.notFound')}</Paragraph>;
  const [left, right] = versions;
  const changedCount = parts.filter((p) => p.changed).length;
  return (
    <article className="advice-page advice-compare">
      <p>
        <Link to={`/casussen/${id}/advies`}>{t('advice.compare.back')}</Link>
      </p>
      <Heading1>{t('advice.compare.title', { left: left.number, right: right.number })}</Heading1>
      <Paragraph role="status">{t('advice.compare.summary', { count: changedCount })}</Paragraph>
      {right.reason && <Paragraph>{t('advice.compare.reason', { number: right.number, reason: right.reason })}</Paragraph>}
      {parts.map((part) => (
        <ComparedPartView key={part.key} part={part} left={left.number} right={right.number} />
      ))}
    </article>
  );
}
