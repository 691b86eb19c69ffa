import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { defaultCaseFilter, filterCases, sortCaseRows, toCaseRow, type CaseRow, type SortedCaseRows } from '@shared/cases/caseFilter';
import { useService } from '../../services/services';
import { caseRepositoryKey } from '../../cases/caseRepository';
import { reportStorageError } from '../../persistence/storageProblems';

const shown = 8;

/** Finds a case by reference or title among thousands, showing only the best few matches. */
export function CasePicker({ exclude, onPick }: { exclude: ReadonlySet<string>; onPick(row: CaseRow): void }) {
  const { t } = useTranslation();
  const cases = useService(caseRepositoryKey);
  const id = useId();
  const [rows, setRows] = useState<SortedCaseRows>(() => sortCaseRows([]));
  const [text, setText] = useState('');
  useEffect(() => {
    cases.list().then((all) => setRows(sortCaseRows(all.map(toCaseRow))), reportStorageError);
  }, [cases]);
  const matches = useMemo(
    () => filterCases(rows, { ...defaultCaseFilter, text }).filter((row) => !exclude.has(row.id)).slice(0, shown),
    [rows, text, exclude],
  );
  return (
    <div className="case-picker">
      <FormField type="text" className="compact-field">
        <FormLabel htmlFor={id}>{t('meetings.form.findCase')}</FormLabel>
        <Textbox id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </FormField>
      <ul className="case-picker__results" aria-label={t('meetings.form.matches')}>
        {matches.map((row) => (
          <li key={row.id}>
            <span>
              {row.reference} · {row.title}
            </span>
            <Button appearance="subtle-button" onClick={() => onPick(row)} aria-label={t('meetings.form.addCaseNamed', { title: row.title })}>
              {t('meetings.form.addCase')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
