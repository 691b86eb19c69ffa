import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { BoardWarning } from '@shared/people/boardRules';
import type { BoardMember } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { MemberWarnings } from './MemberWarnings';

interface Props {
  members: readonly BoardMember[];
  people: ReadonlyMap<string, Person>;
  warnings: ReadonlyMap<string, readonly BoardWarning['kind'][]>;
  onRemove(index: number): void;
}

/** Who sits on this case's board, each with what the secretary should know about them. */
export function BoardMemberList({ members, people, warnings, onRemove }: Props) {
  const { t } = useTranslation();
  if (members.length === 0) return <Paragraph className="muted">{t('people.board.noMembers')}</Paragraph>;
  return (
    <ul className="board-members" aria-label={t('people.board.membersLabel')}>
      {members.map((member, index) => {
        const name = people.get(member.personId)?.name ?? t('people.board.unknownPerson');
        const role = t(`people.roles.${member.role}`);
        // Keyed by content, not position, so removing one row does not remount (and re-announce) the others.
        const repeat = members.slice(0, index).filter((m) => m.personId === member.personId && m.role === member.role).length;
        return (
          <li key={`${member.personId}-${member.role}-${repeat}`} data-board-member={name}>
            <span className="board-members__who">
              <strong>{name}</strong> · {role}
            </span>
            <Button appearance="subtle-button" onClick={() => onRemove(index)} aria-label={t('people.board.removeNamed', { name, role })}>
              {t('people.board.remove')}
            </Button>
            <MemberWarnings kinds={warnings.get(member.personId) ?? []} />
          </li>
        );
      })}
    </ul>
  );
}
