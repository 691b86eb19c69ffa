import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { formatDateTime } from '../i18n/formatters';
import type { VersionSummary } from '@shared/advice/adviceSchema';

interface Props {
  caseId: string;
  versions: readonly VersionSummary[];
  shown: number;
}

/** Every version with its status and dates; pick one to read, or two to compare. */
export function VersionList({ caseId, versions, shown }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const newest = versions.at(-1)?.number ?? 1;
  const [a, setA] = useState(Math.max(1, newest - 1));
  const [b, setB] = useState(newest);
  return (
    <section aria-labelledby={headingId} className="advice-versions">
      <h2 id={headingId}>{t('advice.versions.title')}</h2>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">{t('advice.versions.number')}</th>
            <th scope="col">{t('advice.versions.status')}</th>
            <th scope="col">{t('advice.versions.created')}</th>
            <th scope="col">{t('advice.versions.issued')}</th>
            <th scope="col">{t('advice.versions.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} aria-current={v.number === shown ? 'true' : undefined}>
              <td>
                {v.number === shown ? (
                  <strong>{t('advice.versions.shown', { number: v.number })}</strong>
                ) : (
                  <Link to={`?versie=${v.number}`}>{t('advice.versions.show', { number: v.number })}</Link>
                )}
              </td>
              <td>{t(`advice.status.${v.status}`)}</td>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>{v.issuedAt ? formatDateTime(v.issuedAt) : '—'}</td>
              <td>{v.reason || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && (
        <div className="advice-compare-picker">
          <VersionSelect label={t('advice.compare.left')} versions={versions} value={a} onChange={setA} />
          <VersionSelect label={t('advice.compare.right')} versions={versions} value={b} onChange={setB} />
          <Link className="button-link" to={`/casussen/${caseId}/advies/vergelijk?links=${a}&rechts=${b}`}>
            {t('advice.compare.open')}
          </Link>
        </div>
      )}
    </section>
  );
}

interface SelectProps {
  label: string;
  versions: readonly VersionSummary[];
  value: number;
  onChange(number: number): void;
}

function VersionSelect({ label, versions, value, onChange }: SelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <FormField type="select" className="compact-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((v) => (
          <SelectOption key={v.id} value={String(v.number)}>
            {t('advice.versions.label', { number: v.number })}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
