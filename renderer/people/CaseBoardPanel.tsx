import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { BoardMember, ConflictDeclaration } from '@shared/people/boardSchema';
import { SaveIndicator } from '../components/SaveIndicator';
import { UnreadableNotice } from '../persistence/UnreadableNotice';
import './people.css';
import { AddMemberForm } from './AddMemberForm';
import { BoardMemberList } from './BoardMemberList';
import { boardWarningsByPerson } from './boardWarningsByPerson';
import { ConflictForm } from './ConflictForm';
import { ConflictList } from './ConflictList';
import { useCaseBoard } from './useCaseBoard';
import { usePeople } from './usePeople';

/** Composes the board for one case: who deliberates, in which role, and the interests they declared. */
export function CaseBoardPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { people, failed: peopleFailed, reload: reloadPeople } = usePeople();
  const { board, failed: boardFailed, reload: reloadBoard, status, change } = useCaseBoard(caseId);
  const [notice, setNotice] = useState('');
  const byId = useMemo(() => new Map((people ?? []).map((person) => [person.id, person])), [people]);
  const warnings = useMemo(() => boardWarningsByPerson(board ?? { members: [], conflicts: [] }, byId), [board, byId]);

  const nameOf = (personId: string) => byId.get(personId)?.name ?? t('people.board.unknownPerson');

  const add = async (member: BoardMember) => {
    setNotice(t('people.board.added', { name: nameOf(member.personId), role: t(`people.roles.${member.role}`) }));
    await change((current) => ({ ...current, members: [...current.members, member] }));
  };

  const remove = async (index: number) => {
    const member = board?.members[index];
    if (!member) return;
    // The pressed button disappears with the row; keep keyboard focus inside the panel.
    flushSync(() => setNotice(t('people.board.removed', { name: nameOf(member.personId) })));
    heading.current?.focus();
    // By identity, not position: a removal not yet drawn has shifted the positions.
    await change((current) => ({ ...current, members: current.members.filter((m) => m !== member) }));
  };

  const declare = (conflict: ConflictDeclaration) => change((current) => ({ ...current, conflicts: [...current.conflicts, conflict] }));

  const withdraw = async (conflict: ConflictDeclaration) => {
    // As with removing a member: the pressed button disappears with the row.
    flushSync(() => setNotice(t('people.conflict.withdrawn', { name: nameOf(conflict.personId) })));
    heading.current?.focus();
    await change((current) => ({ ...current, conflicts: current.conflicts.filter((c) => c !== conflict) }));
  };

  const retry = () => {
    if (boardFailed) void reloadBoard();
    if (peopleFailed) void reloadPeople();
  };

  const ready = board !== null && people !== null;
  const candidates = (people ?? []).filter((person) => person.active);

  return (
    <section aria-labelledby={headingId} className="case-board">
      <div className="section-heading">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('people.board.title')}
        </h2>
        <SaveIndicator status={status} />
      </div>
      <Paragraph>{t('people.board.intro')}</Paragraph>
      {!ready && (boardFailed || peopleFailed) ? (
        <UnreadableNotice message={t('people.board.unreadable')} onRetry={retry} />
      ) : !ready ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <>
          <BoardMemberList members={board.members} people={byId} warnings={warnings} onRemove={(index) => void remove(index)} />
          {candidates.length === 0 ? (
            <Paragraph>
              {t('people.board.noPeople')} <Link to="/personen">{t('people.board.toRegister')}</Link>
            </Paragraph>
          ) : (
            <AddMemberForm candidates={candidates} onAdd={(member) => void add(member)} />
          )}
          <p role="status" className="board-notice">
            {notice}
          </p>
          <h3>{t('people.conflict.title')}</h3>
          <Paragraph>{t('people.conflict.intro')}</Paragraph>
          <ConflictList conflicts={board.conflicts} people={byId} onWithdraw={(conflict) => void withdraw(conflict)} />
          {board.members.length === 0 ? (
            <Paragraph className="muted">{t('people.conflict.needsMembers')}</Paragraph>
          ) : (
            <ConflictForm caseId={caseId} memberIds={board.members.map((member) => member.personId)} people={byId} onDeclare={declare} />
          )}
        </>
      )}
    </section>
  );
}
