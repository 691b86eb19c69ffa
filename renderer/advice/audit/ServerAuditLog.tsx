import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ServerAuditEntry } from '@shared/audit/caseAudit';
import { AuditTable } from './AuditTable';
import { useServerAudit } from './useServerAudit';
import type { TFunction } from 'i18next';

/** Outcomes the server writes for a decision it took; anything else is a refusal, by role or by the rules. */
const taken = new Set(['approval', 'comment', 'status.draft', 'status.review', 'status.approved', 'status.issued', 'conclusion', 'publication']);

function serverSentence({ action, outcome }: ServerAuditEntry, t: TFunction): string {
  if (action === 'owner.read') return t(outcome === 'ok' ? 'audit.server.ownerRead' : 'audit.server.ownerReadRefused');
  if (action === 'reference') {
    const [kind, reference] = outcome.split(':');
    return t(kind === 'issued' ? 'audit.server.referenceIssued' : 'audit.server.referenceKept', { reference });
  }
  if (action !== 'decision') return t('audit.server.connectionRefused');
  if (taken.has(outcome)) return t(`audit.server.taken.${outcome}`);
  if (outcome === 'undone:written_by_app') return t('audit.server.undone');
  if (outcome.startsWith('forbidden:')) return t('audit.server.forbidden');
  const reasons = outcome.split(',').map((reason) => t(`advice.refusal.${reason}`, { defaultValue: reason }));
  return t('audit.server.refused', { reasons: reasons.join(' ') });
}

/**
 * The board server's own log of this case, beside the trail kept in the
 * case's document: it is written only by the server, with the signed-in
 * person's name, and its hash chain shows whether anything in it was changed.
 */
export function ServerAuditLog({ caseId, changes }: { caseId: string; changes: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const audit = useServerAudit(caseId, changes);
  if (audit.kind === 'none' || audit.kind === 'loading') return null;
  return (
    <section aria-labelledby={headingId} className="audit-trail audit-trail--server" data-server-audit>
      <h3 id={headingId}>{t('audit.server.title')}</h3>
      {audit.kind === 'failed' ? (
        <Paragraph className="muted">{t('audit.server.failed')}</Paragraph>
      ) : (
        <>
          {audit.chain.intact ? (
            <Paragraph className="muted" data-chain="intact">
              {t('audit.server.intact', { count: audit.chain.entries })}
            </Paragraph>
          ) : (
            <Alert type="error" data-chain="broken">
              <Paragraph>{t('audit.server.broken', { seq: audit.chain.brokenAt })}</Paragraph>
            </Alert>
          )}
          {audit.entries.length === 0 ? (
            <Paragraph className="muted">{t('audit.server.none')}</Paragraph>
          ) : (
            <AuditTable
              labelledBy={headingId}
              rows={audit.entries.map((entry) => ({ key: String(entry.seq), at: entry.at, who: entry.accountName, what: serverSentence(entry, t) }))}
            />
          )}
        </>
      )}
    </section>
  );
}
