import { useTranslation } from 'react-i18next';
import { sectionKeys } from '@shared/advice/sectionKeys';
import type { AdviceVersion } from '@shared/advice/adviceSchema';
import { isBlankDoc } from '@shared/cases/blankDoc';
import { RichTextView } from '../components/RichTextView';
import { PrecedentList } from './PrecedentList';
import { WorkingFactsView } from './WorkingFactsView';

/**
 * A version that cannot be edited (in review, approved, issued or older),
 * shown without editors. `headingLevel` is its sections' level: 3 where the
 * advice itself sits under a heading of the page.
 */
export function AdviceReadView({ version, headingLevel = 2 }: { version: Omit<AdviceVersion, 'reviews' | 'precedents'> & Pick<Partial<AdviceVersion>, 'precedents'>; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const SectionHeading = headingLevel === 2 ? 'h2' : 'h3';
  const confidential = new Set(version.confidentialSections);
  const section = (key: (typeof sectionKeys)[number]) =>
    isBlankDoc(version.sections[key]) && key !== 'working' ? null : (
      <section key={key} className="advice-section">
        <SectionHeading>
          {t(`advice.section.${key}`)}
          {confidential.has(key) && <span className="advice-badge"> {t('advice.confidentialBadge')}</span>}
        </SectionHeading>
        {key === 'working' && <WorkingFactsView facts={version.working} />}
        <RichTextView value={version.sections[key]} headingOffset={headingLevel - 1} />
      </section>
    );
  return (
    <div className="advice-read">
      {sectionKeys.filter((key) => key !== 'minorityView').map(section)}
      <section className="advice-section">
        <SectionHeading>{t('advice.section.recommendations')}</SectionHeading>
        <ol className="advice-recommendations">
          {version.recommendations.map((r) => (
            <li key={r.id}>
              <RichTextView value={r.text} headingOffset={headingLevel - 1} />
              <p className="muted">
                {r.direction ? t(`advice.direction.${r.direction}`) : t('advice.direction.none')}
                {r.confidential && ` · ${t('advice.confidentialBadge')}`}
              </p>
            </li>
          ))}
        </ol>
      </section>
      {section('minorityView')}
      <PrecedentList version={version} />
    </div>
  );
}
