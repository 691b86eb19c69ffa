import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { DecisionRecord, ReviewDecision } from '@shared/publication/publicationRecord';
import type { ReviewItem } from '@shared/publication/reviewItems';
import { AddToRegisterForm, type RegisterAddition } from './AddToRegisterForm';

interface Props {
  items: readonly ReviewItem[];
  changedFields: readonly string[];
  /** Decisions of an earlier review of this version. */
  decided: readonly DecisionRecord[];
  busy: boolean;
  /** What the export button makes, in words: the Word file, the PDF or the package. */
  exportLabel: string;
  onExport(decisions: DecisionRecord[]): void;
  /**
   * Puts the person a found text names in the people register and runs the
   * filter again; answers the decisions that follow (see
   * decisionsAfterAdding), or null when nothing was added.
   */
  onAddToRegister(item: ReviewItem, person: RegisterAddition): Promise<DecisionRecord[] | null>;
  onCancel(): void;
}

const choices: readonly ReviewDecision[] = ['accept', 'add_to_register', 'not_a_name'];

/**
 * The review before a public export: every replacement and every word that
 * looks like a person, with where it stands. Export stays blocked until each
 * has a decision. "Add to the register" is decided only once the person is
 * in it: the item then becomes a replacement by their role.
 */
export function PublicationReview({ items, changedFields, decided, busy, exportLabel, onExport, onAddToRegister, onCancel }: Props) {
  const { t } = useTranslation();
  const [decisions, setDecisions] = useState<Map<string, ReviewDecision>>(() => new Map(decided.map((d) => [d.key, d.decision])));
  const [adding, setAdding] = useState<string | null>(null);
  const [added, setAdded] = useState<RegisterAddition | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const open = items.filter((item) => !decisions.has(item.key)).length;
  const decide = (key: string, decision: ReviewDecision) => {
    if (decision === 'add_to_register') return setAdding(key);
    setAdding((current) => (current === key ? null : current));
    setDecisions((current) => new Map(current).set(key, decision));
  };
  const acceptCertain = () =>
    setDecisions((current) => new Map([...items.filter((i) => i.certainty === 'certain' && !current.has(i.key)).map((i) => [i.key, 'accept'] as const), ...current]));
  const addToRegister = async (item: ReviewItem, person: RegisterAddition): Promise<boolean> => {
    const following = await onAddToRegister(item, person);
    if (!following) return false;
    setDecisions((current) => new Map([...current, ...following.map((d) => [d.key, d.decision] as const)]));
    setAdding(null);
    setAdded(person);
    // The item's own place in the list is gone: where it stood, the count of what is left says what happened.
    status.current?.focus();
    return true;
  };
  const fieldName = (field: string) => t(`export.review.fields.${field}`, { defaultValue: field });

  return (
    <section className="publication-review" aria-labelledby="publication-review-title">
      <Heading2 id="publication-review-title">{t('export.review.title')}</Heading2>
      <Paragraph>{t('export.review.intro')}</Paragraph>
      {changedFields.length > 0 && <Paragraph>{t('export.review.changedFields', { fields: changedFields.map(fieldName).join(', ') })}</Paragraph>}
      <ButtonGroup>
        <Button appearance="subtle-button" onClick={acceptCertain}>
          {t('export.review.acceptCertain')}
        </Button>
      </ButtonGroup>
      <ol className="publication-review__items">
        {items.map((item) => (
          <li key={item.key}>
            <fieldset>
              <legend>
                {t(`export.review.kind.${item.kind}`)}: <strong>{item.text}</strong>
                {item.certainty === 'uncertain' && ` (${t('export.review.uncertain')})`}
              </legend>
              {item.places.slice(0, 3).map((place, i) => (
                <Paragraph key={i} className="publication-review__context">
                  {fieldName(place.field)}: …{place.before}
                  <mark>{item.text}</mark>
                  {place.after}…
                </Paragraph>
              ))}
              {item.places.length > 3 && <Paragraph>{t('export.review.morePlaces', { count: item.places.length - 3 })}</Paragraph>}
              <div role="radiogroup" aria-label={t('export.review.decisionFor', { text: item.text })}>
                {choices.map((choice) => (
                  <label key={choice} className="publication-review__choice">
                    <input
                      type="radio"
                      name={item.key}
                      checked={choice === 'add_to_register' ? adding === item.key || decisions.get(item.key) === choice : adding !== item.key && decisions.get(item.key) === choice}
                      onChange={() => decide(item.key, choice)}
                    />{' '}
                    {t(`export.review.decision.${choice}`, { replacement: item.replacement })}
                  </label>
                ))}
              </div>
              {adding === item.key && <AddToRegisterForm found={item.text} onAdd={(person) => addToRegister(item, person)} onCancel={() => setAdding(null)} />}
            </fieldset>
          </li>
        ))}
      </ol>
      <Paragraph role="status" aria-live="polite" ref={status} tabIndex={-1}>
        {added && `${t('export.review.added', { name: added.name, role: t(`people.roles.${added.role}`) })} `}
        {open > 0 ? t('export.review.open', { count: open }) : t('export.review.done')}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={open > 0 || busy || adding !== null} onClick={() => onExport([...decisions].map(([key, decision]) => ({ key, decision })))}>
          {exportLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('export.review.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
