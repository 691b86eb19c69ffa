import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Person } from '@shared/people/personSchema';
import { boardDocumentName } from '@shared/sync/protocol';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { useService } from '../services/services';
import { peopleRepositoryKey } from './peopleRepositoryKey';
import { reportStorageError } from '../persistence/storageProblems';
import { UnreadableNotice } from '../persistence/UnreadableNotice';
import './people.css';
import { CheckboxField } from './CheckboxField';
import { PeopleTable } from './PeopleTable';
import { blankPerson, personToInput, type ValidPersonInput } from './personInput';
import { PersonForm } from './PersonForm';
import { usePeople } from './usePeople';

export function PeoplePage() {
  const { t } = useTranslation();
  const register = useService(peopleRepositoryKey);
  const { people, failed, reload } = usePeople();
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  // Bumped after every save or cancel so the form starts again from its initial values.
  const [formRun, setFormRun] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const formTitleId = useId();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // Focus follows the change, so keyboard and screen-reader users are not left on a button that vanished.
  const openForm = (person: Person | null) => {
    flushSync(() => {
      setEditing(person);
      setFormRun((run) => run + 1);
      setNotice(null);
    });
    formHeading.current?.focus();
  };

  const announce = (text: string) => {
    flushSync(() => setNotice(text));
    noticeRef.current?.focus();
  };

  const save = async (values: ValidPersonInput) => {
    if (editing) await register.update(editing.id, values);
    else await register.create(values);
  };

  // Each notice waits for the register to be read again, so the table it points to already shows the change.
  const saved = async (values: ValidPersonInput) => {
    setEditing(null);
    setFormRun((run) => run + 1);
    await reload();
    announce(t('people.saved', { name: values.name }));
  };

  const toggleActive = async (person: Person) => {
    try {
      await register.update(person.id, { ...personToInput(person), active: !person.active });
      await reload();
      announce(t(person.active ? 'people.deactivated' : 'people.reactivated', { name: person.name }));
    } catch (error) {
      reportStorageError(error);
    }
  };

  const visible = (people ?? []).filter((person) => showInactive || person.active);

  return (
    <>
      <Heading1>{t('people.title')}</Heading1>
      <Paragraph>{t('people.intro')}</Paragraph>
      <ConflictAlerts document={boardDocumentName} only={(table) => table === 'people'} nameOf={(_table, key) => people?.find((person) => person.id === key)?.name} />
      {people === null && failed ? (
        <UnreadableNotice message={t('people.unreadable')} onRetry={() => void reload()} />
      ) : people === null ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : people.length === 0 ? (
        <Paragraph>{t('people.empty')}</Paragraph>
      ) : (
        <>
          <CheckboxField label={t('people.showInactive')} checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
          {visible.length === 0 ? (
            <Paragraph>{t('people.noneActive')}</Paragraph>
          ) : (
            <PeopleTable people={visible} onEdit={openForm} onToggleActive={(person) => void toggleActive(person)} />
          )}
        </>
      )}
      <p role="status" ref={noticeRef} tabIndex={-1} className="people-notice">
        {notice}
      </p>
      <section aria-labelledby={formTitleId}>
        <h2 id={formTitleId} ref={formHeading} tabIndex={-1}>
          {editing ? t('people.form.editTitle', { name: editing.name }) : t('people.form.newTitle')}
        </h2>
        <PersonForm
          key={`${editing?.id ?? 'new'}-${formRun}`}
          initial={editing ? personToInput(editing) : blankPerson}
          draftKey={`person:${editing?.id ?? 'new'}`}
          submitLabel={editing ? t('common.save') : t('people.form.add')}
          onSubmit={save}
          onSaved={(values) => void saved(values)}
          onCancel={() => openForm(null)}
        />
      </section>
    </>
  );
}
