import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKeys, type AdviceVersion } from '@shared/advice/adviceSchema';
import { isBlankDoc } from '@shared/cases/caseSchema';
import { RichTextView } from '../../components/RichTextView';
import { WorkingFactsView } from '../WorkingFactsView';

/**
 * The public version read-only, as it would be published: the caller passes
 * it already without confidential parts and with people named as configured.
 * Headings sit one level under the publication panel.
 */
export function PublicVersionPreview({ version, byRole }: { version: AdviceVersion; byRole: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const section = (key: (typeof sectionKeys)[number]) =>
    isBlankDoc(version.sections[key]) && key !== 'working' ? null : (
      <section key={key} className="advice-section">
        <h4>{t(`advice.section.${key}`)}</h4>
        {key === 'working' && <WorkingFactsView facts={version.working} />}
        <RichTextView value={version.sections[key]} headingOffset={3} />
      </section>
    );
  return (
    <section aria-labelledby={headingId} className="advice-outcome__preview" data-public-version>
      <h3 id={headingId}>{t('adviceOutcome.publication.previewTitle', { number: version.number })}</h3>
      <p className="muted">{t(byRole ? 'adviceOutcome.publication.previewByRole' : 'adviceOutcome.publication.previewByName')}</p>
      {sectionKeys.filter((key) => key !== 'minorityView').map(section)}
      <section className="advice-section">
        <h4>{t('advice.section.recommendations')}</h4>
        <ol className="advice-recommendations">
          {version.recommendations.map((r) => (
            <li key={r.id}>
              <RichTextView value={r.text} headingOffset={3} />
            </li>
          ))}
        </ol>
      </section>
      {section('minorityView')}
    </section>
  );
}
