import { useTranslation } from 'react-i18next';
import type { DeliberationRecord, SectionValue } from '@shared/meetings/recordSchema';

const filled = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean);

function SectionText({ value }: { value: SectionValue }) {
  const { t } = useTranslation();
  switch (value.kind) {
    case 'text':
      return value.text.trim() ? <p className="preserve-lines">{value.text}</p> : null;
    case 'list':
      return filled(value.items).length ? <ul>{filled(value.items).map((line, i) => <li key={i}>{line}</li>)}</ul> : null;
    case 'actors':
      return value.actors.length ? (
        <ul>
          {value.actors.map((actor) => (
            <li key={actor.id}>
              <strong>{actor.name || '—'}</strong>: + {filled(actor.positiveEffects).join('; ') || '—'} / − {filled(actor.negativeEffects).join('; ') || '—'} ({filled(actor.values).join(', ') || '—'})
            </li>
          ))}
        </ul>
      ) : null;
    case 'options':
      return (
        <ul>
          {(['technology', 'environment', 'user'] as const)
            .filter((direction) => filled(value.options[direction]).length > 0)
            .map((direction) => (
              <li key={direction}>
                {t(`meetings.record.direction.${direction}`)}: {filled(value.options[direction]).join('; ')}
              </li>
            ))}
        </ul>
      );
  }
}

/** A read-only account of a structured record, for the case page. */
export function RecordSummary({ record }: { record: DeliberationRecord }) {
  const { t } = useTranslation();
  return (
    <div className="record-summary">
      {Object.entries(record.sections).map(([key, value]) => (
        <SectionText key={key} value={value} />
      ))}
      {record.dissent.trim() && (
        <p>
          <strong>{t('meetings.record.dissent')}:</strong> {record.dissent}
        </p>
      )}
      {filled(record.agreements).length > 0 && (
        <p>
          <strong>{t('meetings.record.agreements')}:</strong> {filled(record.agreements).join('; ')}
        </p>
      )}
    </div>
  );
}
