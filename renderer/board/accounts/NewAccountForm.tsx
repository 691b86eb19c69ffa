import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { accountRoles, type AccountRole } from '@shared/accounts/accountRoles';
import type { Invitation } from '@shared/accounts/accountSchema';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { AccountProblem } from '../../sync/accountApi';
import { InvitedCasesField } from './InvitedCasesField';
import { PersonField } from './PersonField';
import type { Accounts } from './useAccounts';

const empty = { name: '', email: '', role: 'lid' as AccountRole, personId: null as string | null, caseIds: [] as string[] };

/** The cases a role is invited to: a guest's several, a process owner's one (the last chosen), none for the others. */
function casesOf(role: AccountRole, caseIds: readonly string[]): string[] {
  if (role === 'gast') return [...caseIds];
  return role === 'proceseigenaar' ? caseIds.slice(-1) : [];
}

/** A new account starts as an invitation: the person chooses their own password with the code. */
export function NewAccountForm({ run, onInvitation }: { run: Accounts['run']; onInvitation(invitation: Invitation): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [problem, setProblem] = useState<AccountProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const created = await run((api, token) => api.createAccount(token, { ...values, caseIds: casesOf(values.role, values.caseIds) }));
    setBusy(false);
    setProblem(created.ok ? null : created.problem);
    if (created.ok) {
      setValues(empty);
      onInvitation(created.value);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('board.accounts.fields.name')}>
        {(control) => <Textbox {...control} name="name" value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} autoComplete="off" />}
      </Field>
      <Field label={t('board.accounts.fields.email')}>
        {(control) => (
          <Textbox {...control} name="email" type="email" value={values.email} onChange={(event) => setValues({ ...values, email: event.target.value })} autoComplete="off" />
        )}
      </Field>
      <SelectField
        label={t('board.accounts.fields.role')}
        name="role"
        value={values.role}
        options={accountRoles.map((role) => ({ value: role, label: t(`board.roles.${role}`) }))}
        onChange={(role) => setValues({ ...values, role: role as AccountRole })}
      />
      <Paragraph className="board-hint">{t(`board.accounts.roleHints.${values.role}`)}</Paragraph>
      <PersonField value={values.personId} onChange={(personId) => setValues({ ...values, personId })} />
      {(values.role === 'gast' || values.role === 'proceseigenaar') && (
        <InvitedCasesField value={casesOf(values.role, values.caseIds)} one={values.role === 'proceseigenaar'} onChange={(caseIds) => setValues({ ...values, caseIds })} />
      )}
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`board.signInProblem.${problem}`, { count: 1 })}</Paragraph>
        </Alert>
      )}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('board.accounts.new.submit')}
      </Button>
    </form>
  );
}
