import { forwardRef, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { isOverdue, type Action } from '@shared/meetings/actionSchema';
import type { Person } from '@shared/people/personSchema';
import { useService } from '../../services/services';
import { actionRepositoryKey } from '../actionRepositoryKey';
import { formatDate } from '../../i18n/formatters';
import { reportStorageError } from '../../persistence/storageProblems';
import type { NoteKey } from '../noteRepository';
import { localToday } from '../../db/clock';


/** Agreed actions of the current agenda item: what, who, when, done. The first field takes the add-action shortcut. */
export const ActionsPane = forwardRef<HTMLInputElement, { item: NoteKey; people: readonly Person[] }>(function ActionsPane({ item, people }, whatRef) {
  const { t } = useTranslation();
  const actions = useService(actionRepositoryKey);
  const ids = { what: useId(), who: useId(), due: useId() };
  const [list, setList] = useState<Action[]>([]);
  const [what, setWhat] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [refused, setRefused] = useState(false);

  const reload = useCallback(
    () => actions.forMeeting(item.meetingId).then((all) => setList(all.filter((a) => a.agendaItemId === item.agendaItemId)), reportStorageError),
    [actions, item],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = async () => {
    if (what.trim() === '') return setRefused(true);
    setRefused(false);
    try {
      await actions.add(item, { what, ownerId: ownerId || null, dueOn });
      setWhat('');
      setDueOn('');
      await reload();
    } catch (error) {
      reportStorageError(error);
    }
  };
  const toggle = async (action: Action, done: boolean) => {
    await actions.setDone(action.id, done).catch(reportStorageError);
    await reload();
  };

  return (
    <section className="actions-pane" aria-labelledby={`${ids.what}-heading`}>
      <h3 id={`${ids.what}-heading`}>{t('meetings.actions.title')}</h3>
      <ul className="actions-pane__list">
        {list.map((action) => (
          <li key={action.id} className={isOverdue(action, localToday()) ? 'is-overdue' : undefined}>
            <label>
              <Checkbox checked={action.state === 'done'} onChange={(event) => void toggle(action, event.target.checked)} /> {action.what}
            </label>
            <span className="muted">
              {' · '}
              {people.find((p) => p.id === action.ownerId)?.name ?? t('meetings.actions.nobody')}
              {action.dueOn && ` · ${formatDate(action.dueOn)}`}
              {isOverdue(action, localToday()) && ` · ${t('meetings.actions.overdue')}`}
            </span>
          </li>
        ))}
      </ul>
      <form
        className="actions-pane__add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor={ids.what}>{t('meetings.actions.what')}</label>
        <Textbox id={ids.what} ref={whatRef} value={what} invalid={refused} aria-invalid={refused || undefined} aria-describedby={refused ? `${ids.what}-error` : undefined} onChange={(event) => setWhat(event.target.value)} />
        {refused && (
          <p id={`${ids.what}-error`} className="field-error">
            {t('validation.required')}
          </p>
        )}
        <label htmlFor={ids.who}>{t('meetings.actions.who')}</label>
        <Select id={ids.who} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
          <SelectOption value="">{t('meetings.actions.nobody')}</SelectOption>
          {people.map((person) => (
            <SelectOption key={person.id} value={person.id}>
              {person.name}
            </SelectOption>
          ))}
        </Select>
        <label htmlFor={ids.due}>{t('meetings.actions.due')}</label>
        <Textbox id={ids.due} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
        <Button type="submit" appearance="secondary-action-button">
          {t('meetings.actions.add')}
        </Button>
      </form>
    </section>
  );
});
