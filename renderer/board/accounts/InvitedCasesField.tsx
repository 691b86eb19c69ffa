import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton, Textbox } from '@utrecht/component-library-react';
import { Field } from '../../components/Field';
import { useCaseRows } from '../../cases/useCaseRows';

/** Shown at most: a guest is invited to a few cases, found by typing part of the reference or title. */
const shownAtMost = 25;

/**
 * The cases a guest may read, or (`one`) the one case a process owner
 * answers for; every other case, and its title, stays out of their reach.
 */
export function InvitedCasesField({ value, onChange, one = false }: { value: readonly string[]; onChange(caseIds: string[]): void; one?: boolean }) {
  const { t } = useTranslation();
  const { rows } = useCaseRows();
  const group = useId();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const chosen = new Set(value);
  const shown = (rows ?? [])
    .filter((row) => row.archivedAt === null || chosen.has(row.id))
    .filter((row) => chosen.has(row.id) || needle === '' || `${row.reference} ${row.title}`.toLowerCase().includes(needle))
    .slice(0, shownAtMost);
  const toggle = (id: string) => onChange(chosen.has(id) ? value.filter((caseId) => caseId !== id) : [...value, id]);
  return (
    <Fieldset className="form-row" role={one ? 'radiogroup' : undefined}>
      <FieldsetLegend>{t(one ? 'board.accounts.fields.ownerCase' : 'board.accounts.fields.cases')}</FieldsetLegend>
      <Field label={t('board.accounts.fields.findCase')}>
        {(control) => <Textbox {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      {shown.map((row) =>
        one ? (
          <FormField type="radio" key={row.id}>
            <FormLabel type="radio">
              <RadioButton name={group} checked={chosen.has(row.id)} onChange={() => onChange([row.id])} /> {row.reference} — {row.title}
            </FormLabel>
          </FormField>
        ) : (
          <FormField type="checkbox" key={row.id}>
            <FormLabel type="checkbox">
              <Checkbox checked={chosen.has(row.id)} onChange={() => toggle(row.id)} /> {row.reference} — {row.title}
            </FormLabel>
          </FormField>
        ),
      )}
    </Fieldset>
  );
}
