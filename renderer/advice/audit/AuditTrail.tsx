import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@shared/advice/adviceSchema';
import { useService } from '../../services/services';
import { auditLogKey } from '../auditLog';
import { formatDate } from '../../i18n/formatters';
import { reportStorageError } from '../../persistence/storageProblems';
import { AuditTable } from './AuditTable';
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
  const auditLog = useService(auditLogKey);
  const headingId = useId();
  const [events, setEvents] = useState<AuditEvent[] | null>(null);

  useEffect(() => {
    const subscription = auditLog.watch(caseId).subscribe({
      next: (trail) => setEvents(trail.toReversed()),
      error: reportStorageError,
    });
    return () => subscription.unsubscribe();
  }, [auditLog, caseId]);

  if (!events) return null;
  return (
    <section aria-labelledby={headingId} className="audit-trail">
      <h2 id={headingId}>{t('audit.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('audit.none')}</p>
      ) : (
        <>
          <p className="muted">{t('audit.intro')}</p>
          <AuditTable
            labelledBy={headingId}
            rows={events.map((event) => ({ key: event.id, at: event.at, who: event.actor, what: auditSentence(event, t, formatDate), action: event.action }))}
          />
        </>
      )}
      <ServerAuditLog caseId={caseId} changes={events.length} />
    </section>
  );
}
