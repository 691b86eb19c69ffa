import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { personRoles, type PersonRole } from '@shared/people/personSchema';
import { proposedRegisterName } from '@shared/publication/registerAddition';
import { requiredText } from '@shared/util/schemaParts';
import { Field } from '../components/Field';

/** Who joins the register from the review, and the role public documents name them by. */
export interface RegisterAddition {
  name: string;
  role: PersonRole;
}

interface Props {
  /** The text the filter found, as the advice writes it. */
  found: string;
  /** Answers whether the person was added. */
  onAdd(person: RegisterAddition): Promise<boolean>;
  onCancel(): void;
}

const nameSchema = requiredText(120);

/**
 * The name as the register should keep it (proposed from the found text,
 * without a title) and the role to show; no role is chosen for the
 * secretary, because the role is what the public reads instead of the name.
 */
export function AddToRegisterForm({ found, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => proposedRegisterName(found));
  const [role, setRole] = useState<PersonRole | ''>('');
  const [errors, setErrors] = useState<{ name?: string; role?: string }>({});
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const checkedName = nameSchema.safeParse(name);
    const next = { name: checkedName.success ? undefined : checkedName.error.issues[0]?.message, role: role === '' ? 'validation.choose' : undefined };
    setErrors(next);
    if (!checkedName.success || role === '') return;
    setBusy(true);
    const added = await onAdd({ name: checkedName.data, role }).finally(() => setBusy(false));
    if (!added) setErrors({ name: 'export.review.addFailed' });
  };

  return (
    <div className="publication-review__add" role="group" aria-label={t('export.review.addFor', { text: found })}>
      <Field label={t('export.review.addName')} error={errors.name}>
        {(c) => <Textbox {...c} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field label={t('export.review.addRole')} hint={t('export.review.addRoleHint')} error={errors.role}>
        {(c) => (
          <Select {...c} value={role} onChange={(event) => setRole(event.target.value as PersonRole | '')}>
            <SelectOption value="">{t('export.review.chooseRole')}</SelectOption>
            {personRoles.map((option) => (
              <SelectOption key={option} value={option}>
                {t(`people.roles.${option}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => void add()}>
          {t('export.review.addButton')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('export.review.addCancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
