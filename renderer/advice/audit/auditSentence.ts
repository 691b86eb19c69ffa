import type { TFunction } from 'i18next';
import type { AuditEvent } from '@shared/advice/adviceSchema';

const partLabel = (t: TFunction, part: string) =>
  part === 'confidential' ? t('audit.part.confidential') : t(`advice.section.${part}`);

/** What a detail value reads as in a sentence: dates as Dutch dates, section keys as their labels. */
function readable(event: AuditEvent, t: TFunction, formatDate: (iso: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(event.detail)) {
    const value = String(raw);
    if (value === '') continue;
    if (key === 'parts') out[key] = value.split(',').map((part) => partLabel(t, part)).join(', ');
    else if (key === 'decision') out[key] = t(`audit.decision.${event.subject}.${value}`, { defaultValue: value });
    else if (key === 'measure' || key === 'previousMeasure') out[key] = t(`audit.measure.${value}`, { defaultValue: value });
    else if (key === 'date' || key.endsWith('On')) out[key] = formatDate(value);
    else out[key] = value;
  }
  return out;
}

/** Details that may be empty, each read as its own clause after the main sentence. */
const clausesOf: Partial<Record<AuditEvent['subject'], readonly string[]>> = {
  followUp: ['discussedOn', 'decision', 'reReviewOn'],
  publication: ['url'],
};

/**
 * One audit entry as a sentence, e.g. "Versie 2 bewerkt: Afwegingen, Advies:
 * aanbevelingen". An action this version of the app does not know still
 * shows, as its key, so no entry ever disappears from the trail.
 */
export function auditSentence(event: AuditEvent, t: TFunction, formatDate: (iso: string) => string): string {
  const detail = readable(event, t, formatDate);
  const main = t(`audit.action.${event.action}`, { ...detail, defaultValue: event.action });
  const extra = (clausesOf[event.subject] ?? [])
    .filter((key) => detail[key] !== undefined)
    .map((key) => t(`audit.clause.${key}`, { value: detail[key] }));
  return extra.length === 0 ? main : `${main}: ${extra.join('; ')}`;
}
