import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { screeningCommandRefusals } from '@shared/screening/screeningCommandRefusals';
import { boardModeKey } from '../sync/boardMode';
import { useService } from '../services/services';

/** A project lead's screenings the board's server would not take as they stand, each with why, in Dutch. */
const isCommandRefusal = (reason: string) => (screeningCommandRefusals as readonly string[]).includes(reason);

export function ProjectLeadNotice() {
  const { t } = useTranslation();
  const board = useService(boardModeKey);
  const refusals = useSyncExternalStore(board.subscribe, board.screeningRefusals);
  if (refusals.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('board.projectLead.refusedIntro')}</Paragraph>
      <ul>
        {refusals.map((refusal) => (
          <li key={refusal.screeningId}>
            <Link to={`/screenings/${refusal.screeningId}`}>{refusal.title}</Link>: {refusal.reasons.map((reason) => t(isCommandRefusal(reason) ? `board.projectLead.refusal.${reason}` : `board.signInProblem.${reason}`, { count: 1 })).join(' ')}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
