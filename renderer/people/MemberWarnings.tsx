import { useTranslation } from 'react-i18next';
import { Alert } from '@utrecht/component-library-react';
import type { BoardWarning } from '@shared/people/boardRules';

/** An alert, so the warning is announced the moment a member is added who should not deliberate. */
export function MemberWarnings({ kinds }: { kinds: readonly BoardWarning['kind'][] }) {
  const { t } = useTranslation();
  if (kinds.length === 0) return null;
  return (
    <Alert type="warning" className="board-warnings">
      <ul>
        {kinds.map((kind) => (
          <li key={kind} data-warning={kind}>
            {t(`people.board.warning.${kind}`)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
