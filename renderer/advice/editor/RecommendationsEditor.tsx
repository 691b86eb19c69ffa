import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Checkbox, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type AdviceVersion, directions, type Direction } from '@shared/advice/adviceSchema';
import { emptyDoc } from '@shared/cases/blankDoc';
import { recommendationPath } from '@shared/sync/sharedTextNames';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';
import { useSharedText } from '../../board/useSharedText';
import type { DraftRecommendation } from './adviceDraft';

interface Props {
  /** The draft the recommendations belong to: in board mode everyone who has it open types in one text per recommendation. */
  version: Pick<AdviceVersion, 'id' | 'caseId' | 'recommendations'>;
  items: readonly DraftRecommendation[];
  onChange(items: DraftRecommendation[]): void;
  onBlur(): void;
}

/** The numbered recommendations, each optionally tied to a direction and markable as confidential. */
export function RecommendationsEditor({ version, items, onChange, onBlur }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = (id: string, patch: Partial<DraftRecommendation>) =>
    onChange(items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const move = (index: number, offset: -1 | 1) => {
    const next = [...items];
    [next[index], next[index + offset]] = [next[index + offset]!, next[index]!];
    onChange(next);
  };
  const add = () =>
    onChange([...items, { id: crypto.randomUUID(), direction: null, confidential: false, text: emptyDoc }]);

  return (
    <section aria-labelledby={headingId} className="advice-section">
      <h2 id={headingId}>{t('advice.section.recommendations')}</h2>
      <ol className="advice-recommendations">
        {items.map((item, index) => (
          <RecommendationItem
            key={item.id}
            version={version}
            item={item}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === items.length - 1}
            onText={(text) => update(item.id, { text })}
            onDirection={(direction) => update(item.id, { direction })}
            onConfidential={(confidential) => update(item.id, { confidential })}
            onMove={(offset) => move(index, offset)}
            onRemove={() => onChange(items.filter((other) => other.id !== item.id))}
            onBlur={onBlur}
          />
        ))}
      </ol>
      <Button appearance="secondary-action-button" onClick={add}>
        {t('advice.recommendation.add')}
      </Button>
    </section>
  );
}

interface ItemProps {
  version: Props['version'];
  item: DraftRecommendation;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onText(text: DocSnapshot): void;
  onDirection(direction: Direction | null): void;
  onConfidential(confidential: boolean): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
  onBlur(): void;
}

function RecommendationItem({ version, item, number, isFirst, isLast, onText, onDirection, onConfidential, onMove, onRemove, onBlur }: ItemProps) {
  const { t } = useTranslation();
  const ids = { direction: useId(), confidential: useId() };
  const label = t('advice.recommendation.label', { number });
  // The editor keeps its own text; it is handed the stored document only when it mounts.
  const initial = typeof item.text === 'function' ? item.text() : item.text;
  // A recommendation added here and not saved yet has no stored text: its shared text starts empty.
  const stored = version.recommendations.find((recommendation) => recommendation.id === item.id)?.text ?? emptyDoc;
  const shared = useSharedText(version.caseId, { table: 'adviceVersions', key: version.id, path: recommendationPath(item.id) }, 'description', stored);
  return (
    <li className="advice-recommendation">
      {shared.kind === 'loading' ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <DeferredRichTextEditor
          label={label}
          value={initial}
          onChange={onText}
          onBlur={onBlur}
          collaboration={shared.kind === 'shared' ? shared.extensions : undefined}
        />
      )}
      <div className="advice-recommendation__meta">
        <label htmlFor={ids.direction}>{t('advice.recommendation.direction')}</label>
        <Select
          id={ids.direction}
          value={item.direction ?? ''}
          onChange={(event) => onDirection((event.target.value || null) as Direction | null)}
        >
          <SelectOption value="">{t('advice.direction.none')}</SelectOption>
          {directions.map((direction) => (
            <SelectOption key={direction} value={direction}>
              {t(`advice.direction.${direction}`)}
            </SelectOption>
          ))}
        </Select>
        <Checkbox id={ids.confidential} checked={item.confidential} onChange={(event) => onConfidential(event.target.checked)} />
        <label htmlFor={ids.confidential}>{t('advice.recommendation.confidential')}</label>
        <ButtonGroup>
          <Button appearance="subtle-button" disabled={isFirst} onClick={() => onMove(-1)} aria-label={t('advice.recommendation.up', { number })}>
            ↑
          </Button>
          <Button appearance="subtle-button" disabled={isLast} onClick={() => onMove(1)} aria-label={t('advice.recommendation.down', { number })}>
            ↓
          </Button>
          <Button appearance="subtle-button" onClick={onRemove}>
            {t('advice.recommendation.remove', { number })}
          </Button>
        </ButtonGroup>
      </div>
    </li>
  );
}
