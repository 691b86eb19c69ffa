import { useTranslation } from 'react-i18next';
import type { WorkingFacts } from '@shared/advice/adviceSchema';
import { formatDateTimeLocal } from '../i18n/formatters';

/** How the board worked, as derived from the meetings: methods, meetings held, participants by role. */
export function WorkingFactsView({ facts }: { facts: WorkingFacts }) {
  const { t } = useTranslation();
  const roles = (keys: readonly string[]) => keys.map((role) => t(`people.roles.${role}`)).join(', ');
  return (
    <dl className="advice-working">
      <dt>{t('advice.working.methods')}</dt>
      <dd>{facts.methods.join(', ') || t('advice.working.none')}</dd>
      <dt>{t('advice.working.meetings')}</dt>
      <dd>
        {facts.meetings.length === 0
          ? t('advice.working.none')
          : facts.meetings.map((m) => `${m.title} (${formatDateTimeLocal(m.startsAt)})`).join('; ')}
      </dd>
      <dt>{t('advice.working.participants')}</dt>
      <dd>
        {facts.participants.length === 0 ? (
          t('advice.working.none')
        ) : (
          <ul>
            {facts.participants.map((p) => (
              <li key={p.personId}>
                {p.name ? `${p.name} — ${roles(p.roles)}` : roles(p.roles)}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
