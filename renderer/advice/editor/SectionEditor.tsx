import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Paragraph } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import type { SectionKey } from '@shared/advice/sectionKeys';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { DeferredRichTextEditor } from '../../components/DeferredRichTextEditor';
import type { DocSnapshot } from '../../components/RichTextEditor';
import { useSharedText } from '../../board/useSharedText';

interface Props {
  /** The draft the section belongs to: in board mode everyone who has it open types in one text. */
  version: Pick<AdviceVersion, 'id' | 'caseId'>;
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
export function SectionEditor({ version, sectionKey, value, confidential, onChange, onConfidentialChange, onBlur, children }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const checkId = useId();
  const shared = useSharedText(version.caseId, { table: 'adviceVersions', key: version.id, path: `sections.${sectionKey}` }, 'description', value);
  return (
    <section aria-labelledby={headingId} className="advice-section">
      <h2 id={headingId}>{t(`advice.section.${sectionKey}`)}</h2>
      <p className="muted">{t(`advice.sectionHelp.${sectionKey}`)}</p>
      {children}
      {shared.kind === 'loading' ? (
        <Paragraph role="status">{t('common.loading')}</Paragraph>
      ) : (
        <DeferredRichTextEditor
          label={t(`advice.section.${sectionKey}`)}
          labelId={headingId}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          collaboration={shared.kind === 'shared' ? shared.extensions : undefined}
        />
      )}
      <div className="advice-confidential">
        <Checkbox id={checkId} checked={confidential} onChange={(event) => onConfidentialChange(event.target.checked)} />
        <label htmlFor={checkId}>{t('advice.confidentialSection')}</label>
      </div>
    </section>
  );
}
