import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@shared/advice/adviceSchema';
import { useService } from '../../services/services';
import { adviceRepositoryKey } from '../adviceRepository';
import { formatDate, formatDateTime } from '../../i18n/formatters';
import { reportStorageError } from '../../persistence/storageProblems';
import { auditSentence } from './auditSentence';
import { ServerAuditLog } from './ServerAuditLog';
import './audit.css';

/**
 * The append-only trail of a case's advice: who did what, and when, newest
 * first. It follows the stored trail, so entries written by autosave or by
 * another window appear without the page having to know of them.
 */
export function AuditTrail({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const advice = useService(adviceRepositoryKey);
  const headingId = useId();
  const [events, setEvents] = useState<AuditEvent[] | null>(null);

  useEffect(() => {
    const subscription = advice.watchAudit(caseId).subscribe({
      next: (trail) => setEvents(trail.toReversed()),
      error: reportStorageError,
    });
    return () => subscription.unsubscribe();
  }, [advice, caseId]);

  if (!events) return null;
  return (
    <section aria-labelledby={headingId} className="audit-trail">
      <h2 id={headingId}>{t('audit.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('audit.none')}</p>
      ) : (
        <>
          <p className="muted">{t('audit.intro')}</p>
          <table aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-audit-action={event.action}>
                  <td>
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </td>
                  <td>{event.actor || t('audit.unknownActor')}</td>
                  <td>{auditSentence(event, t, formatDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ServerAuditLog caseId={caseId} changes={events.length} />
    </section>
  );
}
