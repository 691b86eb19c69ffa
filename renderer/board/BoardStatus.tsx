import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBoardState } from './useBoardState';
import './board.css';

/**
 * Where this machine's work stands with the board, always in view. It never
 * says shared for what the server has not confirmed: with changes still
 * waiting it says how many documents hold them.
 */
export function BoardStatus() {
  const { t } = useTranslation();
  const state = useBoardState();
  // A project lead's machine shares screenings, not documents: its count says so.
  const words = 'account' in state && state.account.role === 'projectleider' ? 'board.projectLead.status' : 'board.status';
  const text =
    state.mode === 'solo'
      ? t('board.status.solo')
      : state.pending > 0 && state.mode !== 'refused'
        ? t(`${words}.${state.mode}Pending`, { count: state.pending })
        : t(`board.status.${state.mode}`);
  return (
    <p className={`board-status board-status--${state.mode}`} role="status" data-board-status={state.mode}>
      <Link to="/instellingen/bestuur">{text}</Link>
    </p>
  );
}
