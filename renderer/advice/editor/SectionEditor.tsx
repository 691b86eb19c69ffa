import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import type { SectionKey } from '@shared/advice/adviceSchema';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';

interface Props {
  sectionKey: SectionKey;
  value: RichText;
  confidential: boolean;
  onChange(snapshot: DocSnapshot): void;
  onConfidentialChange(confidential: boolean): void;
  onBlur(): void;
  /** Shown between the heading and the text, e.g. the facts derived from the meetings. */
  children?: ReactNode;
}

/** One section of the advice: its heading, its rich text, and whether it stays out of the public version. */
export function SectionEditor({ sectionKey, value, confidential, onChange, onConfidentialChange, onBlur, children }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const checkId = useId();
  return (
    <section aria-labelledby={headingId} className="advice-section">
      <h2 id={headingId}>{t(`advice.section.${sectionKey}`)}</h2>
      <p className="muted">{t(`advice.sectionHelp.${sectionKey}`)}</p>
      {children}
      <DeferredRichTextEditor label={t(`advice.section.${sectionKey}`)} labelId={headingId} value={value} onChange={onChange} onBlur={onBlur} />
      <div className="advice-confidential">
        <Checkbox id={checkId} checked={confidential} onChange={(event) => onConfidentialChange(event.target.checked)} />
        <label htmlFor={checkId}>{t('advice.confidentialSection')}</label>
      </div>
    </section>
  );
}
