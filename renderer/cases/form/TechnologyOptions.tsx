import { useTranslation } from 'react-i18next';
import { SelectOption } from '@utrecht/component-library-react';
import { technologyTypes } from '@shared/cases/vocabulary';

/** The kinds of technology as options of a select: the case form and the screening ask the same question. */
export function TechnologyOptions() {
  const { t } = useTranslation();
  return technologyTypes.map((type) => (
    <SelectOption key={type} value={type}>
      {t(`technology.${type}`)}
    </SelectOption>
  ));
}
