import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import type { Person } from '@shared/people/personSchema';
import { useServices } from '../app/services';
import { formatDateTime } from '../i18n/formatters';
import { reportStorageError } from '../persistence/storageProblems';
import { useSettings } from '../settings/settingsContext';
import { RefusalAlert } from './RefusalAlert';
import { useRefusal } from './useRefusal';

/** Comments and approvals of board members, each with name and time; recorded while the version is in review. */
export function ReviewPanel({ version, onChanged }: { version: AdviceVersion; onChanged(version: AdviceVersion): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="advice-reviews">
      <h2 id={headingId}>{t('advice.review.title', { number: version.number })}</h2>
      {version.reviews.length === 0 ? (
        <p className="muted">{t('advice.review.none')}</p>
      ) : (
        <ul>
          {version.reviews.map((review) => (
            <li key={review.id}>
              <strong>{review.name}</strong> — {t(`advice.review.kind.${review.kind}`)} ({formatDateTime(review.at)})
              {review.comment && <p>{review.comment}</p>}
            </li>
          ))}
        </ul>
      )}
      {version.status === 'review' && <ReviewForm version={version} onChanged={onChanged} />}
    </section>
  );
}

function ReviewForm({ version, onChanged }: { version: AdviceVersion; onChanged(version: AdviceVersion): void }) {
  const { t } = useTranslation();
  const { advice, people } = useServices();
  const { settings } = useSettings();
  const ids = { who: useId(), kind: useId(), comment: useId() };
  const [members, setMembers] = useState<Person[]>([]);
  const [personId, setPersonId] = useState('');
  const [kind, setKind] = useState<'comment' | 'approval'>('comment');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const { reasons, run } = useRefusal();

  useEffect(() => {
    let current = true;
    Promise.all([people.board(version.caseId), people.list()]).then(([board, everyone]) => {
      const onBoard = new Set(board.members.map((m) => m.personId));
      if (current) setMembers(everyone.filter((p) => onBoard.has(p.id)));
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [people, version.caseId]);

  const submit = () => {
    const incomplete = personId === '' || (kind === 'comment' && comment.trim() === '');
    setMissing(incomplete);
    if (incomplete) return;
    void run(
      () => advice.addReview(version.id, { personId, kind, comment }, settings.userName),
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
      <Select id={ids.who} value={personId} onChange={(event) => setPersonId(event.target.value)}>
        <SelectOption value="">{t('advice.review.chooseMember')}</SelectOption>
        {members.map((person) => (
          <SelectOption key={person.id} value={person.id}>
            {person.name}
          </SelectOption>
        ))}
      </Select>
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
