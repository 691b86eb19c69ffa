import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { Conclusion } from '@shared/advice/adviceSchema';
import { plainText } from '@shared/richText/plainText';
import type { SimilarCase } from '@shared/search/similarCases';
import { adviceRepositoryKey } from '../advice/adviceRepositoryKey';
import { RefusalAlert } from '../advice/RefusalAlert';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import './search.css';
import { searchClientKey } from './searchClient';
import { useIncludeReference } from './useIncludeReference';
import { useIndexState } from './useIndexState';

interface Precedent extends SimilarCase {
  summary: string | null;
  conclusion: Conclusion | null;
}

/** Long enough to recognise the advice, short enough for five of them side by side. */
const summaryLength = 400;

const shorten = (text: string) => (text.length > summaryLength ? `${text.slice(0, text.lastIndexOf(' ', summaryLength))} …` : text);

/**
 * The archive as precedent: the earlier cases most like this one, each with
 * what the board advised and what the process owner did with it, and the way
 * to refer to one in this case's draft advice.
 */
export function SimilarCasesPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const client = useService(searchClientKey);
  const advice = useService(adviceRepositoryKey);
  const ready = useIndexState(client).kind !== 'starting';
  const [precedents, setPrecedents] = useState<Precedent[] | null>(null);
  const reference = useIncludeReference(caseId);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    client
      .similarCases(caseId, 5)
      .then((similar) =>
        Promise.all(
          similar.map(async (found): Promise<Precedent> => {
            const loaded = await advice.load(found.caseId);
            const issued = loaded?.versions.filter((version) => version.status === 'issued').at(-1);
            const version = issued ? await advice.getVersion(issued.id) : undefined;
            const summary = loaded?.advice.publication.publicSummary || (version ? plainText(version.sections.topicSummary) : '');
            return { ...found, summary: version ? shorten(summary) : null, conclusion: loaded?.advice.conclusion ?? null };
          }),
        ),
      )
      .then((found) => current && setPrecedents(found))
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [client, advice, caseId, ready]);

  return (
    <section className="similar-cases" aria-labelledby="similar-cases-heading">
      <h2 id="similar-cases-heading">{t('search.similar.title')}</h2>
      <p className="muted">{t('search.similar.intro')}</p>
      <RefusalAlert reasons={reference.reasons} />
      <p role="status">{reference.added}</p>
      {precedents === null ? (
        <p role="status">{t('search.similar.loading')}</p>
      ) : precedents.length === 0 ? (
        <p>{t('search.similar.none')}</p>
      ) : (
        <ol className="similar-cases__list">
          {precedents.map((precedent) => (
            <li key={precedent.caseId}>
              <Link id={`similar-${precedent.caseId}`} to={`/casussen/${precedent.caseId}`}>
                {precedent.title}
              </Link>
              <p className="muted similar-cases__why">
                {[
                  precedent.sameTechnology ? t('search.similar.sameTechnology') : '',
                  [...precedent.sharedThemes, ...precedent.sharedValues].length > 0
                    ? t('search.similar.shared', { list: [...precedent.sharedThemes, ...precedent.sharedValues].join(', ') })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <dl className="similar-cases__facts">
                <dt>{t('search.similar.adviceSummary')}</dt>
                <dd>{precedent.summary ?? t('search.similar.noAdvice')}</dd>
                <dt>{t('search.similar.conclusion')}</dt>
                <dd>
                  {precedent.conclusion
                    ? [t(`search.hit.decision.${precedent.conclusion.decision}`), precedent.conclusion.reasons].filter(Boolean).join(' — ')
                    : t('search.similar.noConclusion')}
                </dd>
              </dl>
              {reference.linked.has(precedent.caseId) ? (
                <p className="muted">{t('search.similar.referenced')}</p>
              ) : reference.mayInclude ? (
                <Button appearance="secondary-action-button" aria-describedby={`similar-${precedent.caseId}`} onClick={() => void reference.include(precedent.caseId)}>
                  {t('search.similar.addReference')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
