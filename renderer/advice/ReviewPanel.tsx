import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { checkTakesPart } from '@shared/advice/versionRules';
import { exclusionOf } from '@shared/people/boardRules';
import type { ConflictDeclaration } from '@shared/people/boardSchema';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../services/services';
import { peopleRepositoryKey } from '../people/peopleRepositoryKey';
import { formatDate, formatDateTime } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { useOwnPerson } from '../board/useOwnPerson';
import { useDecisions } from './useDecisions';
import { RefusalAlert } from './RefusalAlert';
import { useRefusal } from './useRefusal';

interface ReviewBoard {
  members: Person[];
  conflicts: ConflictDeclaration[];
}

/** The case's board members and declared conflicts, read when the version shown changes. */
function useReviewBoard(caseId: string): ReviewBoard {
  const people = useService(peopleRepositoryKey);
  const [board, setBoard] = useState<ReviewBoard>({ members: [], conflicts: [] });
  useEffect(() => {
    let current = true;
    Promise.all([people.board(caseId), people.list()]).then(([stored, everyone]) => {
      const onBoard = new Set(stored.members.map((m) => m.personId));
      if (current) setBoard({ members: everyone.filter((p) => onBoard.has(p.id)), conflicts: stored.conflicts });
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [people, caseId]);
  return board;
}

/**
 * Comments and approvals of board members, each with name and time; recorded while the version is in review.
 * A member who takes no part in the case is never offered, and an approval they gave before declaring so is shown as void.
 */
export function ReviewPanel({ version, onChanged }: { version: AdviceVersion; onChanged(version: AdviceVersion): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const board = useReviewBoard(version.caseId);
  return (
    <section aria-labelledby={headingId} className="advice-reviews">
      <h2 id={headingId}>{t('advice.review.title', { number: version.number })}</h2>
      {version.reviews.length === 0 ? (
        <p className="muted">{t('advice.review.none')}</p>
      ) : (
        <ul>
          {version.reviews.map((review) => {
            const takesPart = checkTakesPart(review.personId, board.conflicts).ok;
            const label = takesPart ? t(`advice.review.kind.${review.kind}`) : t('advice.review.voided');
            return (
              <li key={review.id} data-review-void={takesPart ? undefined : ''}>
                <strong>{review.name}</strong> — {label} ({formatDateTime(review.at)})
                {review.comment && <p>{review.comment}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {version.status === 'review' && <ReviewForm version={version} board={board} onChanged={onChanged} />}
    </section>
  );
}

function ReviewForm({ version, board, onChanged }: { version: AdviceVersion; board: ReviewBoard; onChanged(version: AdviceVersion): void }) {
  const { t } = useTranslation();
  const decisions = useDecisions();
  const own = useOwnPerson();
  const ids = { who: useId(), kind: useId(), comment: useId(), excluded: useId() };
  const [chosenId, setPersonId] = useState('');
  const personId = own.mode === 'self' ? (own.personId ?? '') : chosenId;
  const members = own.mode === 'self' ? board.members.filter((person) => person.id === own.personId) : board.members;
  const [kind, setKind] = useState<'comment' | 'approval'>('comment');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const { reasons, run } = useRefusal();
  const excluded = board.members.flatMap((person) => {
    const check = checkTakesPart(person.id, board.conflicts);
    const declaration = exclusionOf(person.id, board.conflicts);
    return !check.ok && declaration ? [{ person, declaration, reasons: check.reasons }] : [];
  });

  const submit = () => {
    const incomplete = personId === '' || (kind === 'comment' && comment.trim() === '');
    setMissing(incomplete);
    if (incomplete) return;
    void run(
      () => decisions.review(version, { personId, kind, comment }),
      (updated) => {
        setComment('');
        onChanged(updated);
      },
    );
  };

  return (
    <form
      className="advice-review-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={ids.who}>{t('advice.review.member')}</label>
      <Select
        id={ids.who}
        value={personId}
        onChange={(event) => setPersonId(event.target.value)}
        aria-describedby={excluded.length > 0 ? ids.excluded : undefined}
      >
        {own.mode === 'anyone' && <SelectOption value="">{t('advice.review.chooseMember')}</SelectOption>}
        {members.map((person) =>
          excluded.some((e) => e.person.id === person.id) ? (
            <SelectOption key={person.id} value={person.id} disabled>
              {t('advice.review.notTakingPartOption', { name: person.name })}
            </SelectOption>
          ) : (
            <SelectOption key={person.id} value={person.id}>
              {person.name}
            </SelectOption>
          ),
        )}
      </Select>
      {own.mode === 'self' && members.length === 0 && (
        <p className="field-error" role="alert" data-not-a-member="">
          {t(own.personId === null ? 'advice.review.accountWithoutPerson' : 'advice.review.accountNotOnBoard')}
        </p>
      )}
      {excluded.length > 0 && (
        <div id={ids.excluded} className="advice-review-excluded" data-not-taking-part="">
          <p>
            <strong>{t('advice.review.notTakingPartTitle')}</strong>
          </p>
          {excluded.map(({ person, declaration, reasons: why }) => (
            <p key={person.id} data-not-taking-part-member={person.name}>
              {t('advice.review.notTakingPart', {
                name: person.name,
                date: formatDate(declaration.declaredOn),
                reason: why.map((reason) => t(`advice.refusal.${reason}`)).join(' '),
              })}
            </p>
          ))}
        </div>
      )}
      <label htmlFor={ids.kind}>{t('advice.review.kindLabel')}</label>
      <Select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value as 'comment' | 'approval')}>
        <SelectOption value="comment">{t('advice.review.kind.comment')}</SelectOption>
        <SelectOption value="approval">{t('advice.review.kind.approval')}</SelectOption>
      </Select>
      <label htmlFor={ids.comment}>{t('advice.review.comment')}</label>
      <Textarea id={ids.comment} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />
      {missing && (
        <p className="field-error" role="alert">
          {t('advice.review.incomplete')}
        </p>
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t('advice.review.record')}
      </Button>
      <RefusalAlert reasons={reasons} />
    </form>
  );
}
