import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Checkbox, FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { matchingQuickPeriod, quickPeriod, quickPeriods } from '@shared/advice/periods';
import type { RegisterFilter } from './useRegisterFilter';

interface Props {
  filter: RegisterFilter;
  today: string;
  onChange(change: Partial<RegisterFilter>): void;
}

export function RegisterFilters({ filter, today, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const active = matchingQuickPeriod(filter, today);
  const noPeriod = filter.from === '' && filter.to === '';
  return (
    <search className="register-filters" aria-label={t('adviceRegister.filter.label')}>
      <fieldset className="register-filters__period" aria-describedby={`${id}-hint`}>
        <legend>{t('adviceRegister.filter.period')}</legend>
        <FormFieldDescription id={`${id}-hint`}>{t('adviceRegister.filter.periodHint')}</FormFieldDescription>
        <div className="register-filters__dates">
          <FormField type="text" className="compact-field">
            <FormLabel htmlFor={`${id}-from`}>{t('adviceRegister.filter.from')}</FormLabel>
            <Textbox id={`${id}-from`} type="date" name="van" value={filter.from} onChange={(event) => onChange({ from: event.target.value })} />
          </FormField>
          <FormField type="text" className="compact-field">
            <FormLabel htmlFor={`${id}-to`}>{t('adviceRegister.filter.to')}</FormLabel>
            <Textbox id={`${id}-to`} type="date" name="tot" value={filter.to} onChange={(event) => onChange({ to: event.target.value })} />
          </FormField>
          <ButtonGroup role="group" aria-label={t('adviceRegister.filter.quick')}>
            {quickPeriods.map((choice) => (
              <Button
                key={choice}
                appearance="secondary-action-button"
                pressed={active === choice}
                data-quick={choice}
                onClick={() => onChange(quickPeriod(choice, today))}
              >
                {t(`adviceRegister.filter.${choice}`)}
              </Button>
            ))}
            <Button appearance="subtle-button" pressed={noPeriod} data-quick="all" onClick={() => onChange({ from: '', to: '' })}>
              {t('adviceRegister.filter.allPeriods')}
            </Button>
          </ButtonGroup>
        </div>
      </fieldset>
      <FormField type="checkbox" className="compact-field">
        <Checkbox
          id={`${id}-attention`}
          checked={filter.onlyAttention}
          onChange={(event) => onChange({ onlyAttention: event.target.checked })}
        />
        <FormLabel htmlFor={`${id}-attention`} type="checkbox">
          {t('adviceRegister.filter.onlyAttention')}
        </FormLabel>
      </FormField>
    </search>
  );
}
