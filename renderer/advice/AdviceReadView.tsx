import { useTranslation } from 'react-i18next';
import { sectionKeys, type AdviceVersion } from '@shared/advice/adviceSchema';
import { isBlankDoc } from '@shared/cases/caseSchema';
import { RichTextView } from '../components/RichTextView';
import { PrecedentList } from './PrecedentList';
import { WorkingFactsView } from './WorkingFactsView';

/** A version that cannot be edited (in review, approved, issued or older), shown without editors. */
export function AdviceReadView({ version }: { version: AdviceVersion }) {
  const { t } = useTranslation();
  const confidential = new Set(version.confidentialSections);
  const section = (key: (typeof sectionKeys)[number]) =>
    isBlankDoc(version.sections[key]) && key !== 'working' ? null : (
      <section key={key} className="advice-section">
        <h2>
          {t(`advice.section.${key}`)}
          {confidential.has(key) && <span className="advice-badge"> {t('advice.confidentialBadge')}</span>}
        </h2>
        {key === 'working' && <WorkingFactsView facts={version.working} />}
        <RichTextView value={version.sections[key]} headingOffset={1} />
      </section>
    );
  return (
    <div className="advice-read">
      {sectionKeys.filter((key) => key !== 'minorityView').map(section)}
      <section className="advice-section">
        <h2>{t('advice.section.recommendations')}</h2>
        <ol className="advice-recommendations">
          {version.recommendations.map((r) => (
            <li key={r.id}>
              <RichTextView value={r.text} headingOffset={1} />
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
