import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { formatDate } from '../i18n/formatters';

/** The earlier cases the advice refers to as precedent; in the newest draft each can be taken out again. */
export function PrecedentList({ version, onRemove }: { version: Pick<AdviceVersion, 'precedents'>; onRemove?: (caseId: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const precedents = version.precedents ?? [];
  // A version that can no longer change and refers to nothing needs no empty section.
  if (precedents.length === 0 && !onRemove) return null;
  return (
    <section className="advice-section advice-precedents" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('advice.precedents.title')}</h2>
      {onRemove && <p className="muted">{t('advice.precedents.help')}</p>}
      {precedents.length === 0 ? (
        <p>{t('advice.precedents.none')}</p>
      ) : (
        <ul>
          {precedents.map((precedent) => (
            <li key={precedent.caseId}>
              <Link to={`/casussen/${precedent.caseId}`}>
                {precedent.reference}: {precedent.title}
              </Link>
              {precedent.adviceIssuedOn && ` (${t('advice.precedents.issuedOn', { date: formatDate(precedent.adviceIssuedOn) })})`}
              {onRemove && (
                <>
                  {' '}
                  <Button appearance="subtle-button" onClick={() => onRemove(precedent.caseId)}>
                    {t('advice.precedents.remove', { reference: precedent.reference })}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
