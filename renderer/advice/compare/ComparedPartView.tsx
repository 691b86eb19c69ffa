import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { foldUnchanged, type ComparedBlock, type ComparedPart } from '@shared/advice/compareVersions';
import type { RichText } from '@shared/cases/caseSchema';
import { RichTextView } from '../../components/RichTextView';

/** A recommendation block carries its text as `content`; a section block is a node itself. */
function asDoc(block: unknown): RichText {
  const value = block as { type?: unknown; content?: unknown[] };
  return { type: 'doc', content: typeof value.type === 'string' ? [value] : (value.content ?? []) };
}

function Block({ item }: { item: ComparedBlock }) {
  const { t } = useTranslation();
  return (
    <div className={item.state === 'same' ? undefined : `advice-compare__changed advice-compare__${item.state}`}>
      {item.state !== 'same' && <p className="advice-badge">{t(`advice.compare.${item.state}`)}</p>}
      <RichTextView value={asDoc(item.block)} headingOffset={2} />
    </div>
  );
}

/** Unchanged blocks folded away until asked for. */
function Gap({ items }: { items: readonly ComparedBlock[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open) return items.map((item, index) => <Block key={index} item={item} />);
  return (
    <Button appearance="subtle-button" className="advice-compare__gap" onClick={() => setOpen(true)}>
      {t('advice.compare.showUnchanged', { count: items.length })}
    </Button>
  );
}

function Column({ blocks, label }: { blocks: readonly ComparedBlock[]; label: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{label}</h3>
      {blocks.length === 0 && <p className="muted">{t('advice.compare.empty')}</p>}
      {foldUnchanged(blocks).map((entry, index) =>
        entry.kind === 'gap' ? <Gap key={index} items={entry.items} /> : <Block key={index} item={entry.item} />,
      )}
    </div>
  );
}

export function ComparedPartView({ part, left, right }: { part: ComparedPart; left: number; right: number }) {
  const { t } = useTranslation();
  return (
    <section className="advice-section">
      <h2>
        {t(`advice.section.${part.key}`)}
        <span className="advice-badge"> — {t(part.changed ? 'advice.compare.changed' : 'advice.compare.unchanged')}</span>
      </h2>
      <div className="advice-compare__grid">
        <Column blocks={part.left} label={t('advice.versions.label', { number: left })} />
        <Column blocks={part.right} label={t('advice.versions.label', { number: right })} />
      </div>
    </section>
  );
}
