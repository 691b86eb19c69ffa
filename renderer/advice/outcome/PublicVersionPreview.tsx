import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from '@shared/advice/sectionKeys';
import type { RichText } from '@shared/cases/caseSchema';
import { adviceMetadataRows } from '@shared/export/adviceMetadataRows';
import { adviceTexts, conclusionLabels, followUpLabels, formatDutchDate, formatDutchDateTime, precedentLine, sectionTitles } from '@shared/export/documentTexts';
import type { PublicAdvice } from '@shared/publication/publicModel';
import { RichTextView } from '../../components/RichTextView';

/** Multi-line plain text as the document writes it: a paragraph per line that has text. */
const paragraphs = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => <p key={index}>{line}</p>);

const Labelled = ({ label, children }: { label: string; children: ReactNode }) => (
  <p>
    <strong>{label}:</strong> {children}
  </p>
);

/**
 * The public version as it will be published: the same public model the
 * Word document is written from (the publication filter's output), in the
 * document's order and words, the process owner's conclusion included.
 * The document is Dutch whatever the interface language, so its part says
 * so. Its headings sit one level under the publication panel.
 */
export function PublicVersionPreview({ advice, byRole }: { advice: PublicAdvice; byRole: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const text = (doc: RichText) => <RichTextView value={doc} headingOffset={3} />;
  const section = (key: SectionKey, extra?: ReactNode) => {
    const doc = advice.sections[key];
    if (!doc && !extra) return null;
    return (
      <section key={key} className="advice-section">
        <h4>{sectionTitles[key]}</h4>
        {doc && text(doc)}
        {extra}
      </section>
    );
  };
  const working = (advice.methods.length > 0 || advice.meetingsHeld.length > 0 || advice.participants.length > 0) && (
    <>
      {advice.methods.length > 0 && <Labelled label={adviceTexts.methods}>{advice.methods.join(', ')}</Labelled>}
      {advice.meetingsHeld.length > 0 && (
        <>
          <Labelled label={adviceTexts.meetings}>{''}</Labelled>
          <ul>
            {advice.meetingsHeld.map((m) => (
              <li key={`${m.startsAt}${m.title}`}>{`${formatDutchDateTime(m.startsAt)}: ${m.title}`}</li>
            ))}
          </ul>
        </>
      )}
      {advice.participants.length > 0 && (
        <>
          <Labelled label={adviceTexts.participants}>{''}</Labelled>
          <ul>
            {advice.participants.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  const { conclusion, followUp } = advice;
  const followedUp = followUp && (followUp.discussedOn || followUp.decision || followUp.reReviewOn || followUp.note);
  return (
    <section aria-labelledby={headingId} className="advice-outcome__preview" data-public-version>
      <h3 id={headingId}>{t('adviceOutcome.publication.previewTitle', { number: advice.versionNumber })}</h3>
      <p className="muted">{t(byRole ? 'adviceOutcome.publication.previewByRole' : 'adviceOutcome.publication.previewByName')}</p>
      <div lang="nl">
        <h4>{`${adviceTexts.title}: ${advice.title}`}</h4>
        <dl className="advice-outcome__preview-meta">
          {adviceMetadataRows(advice).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
        {section('topicSummary')}
        {section('question')}
        {section('context')}
        {section('working', working)}
        {section('considerations')}
        {advice.recommendations.length > 0 && (
          <section className="advice-section">
            <h4>{adviceTexts.recommendations}</h4>
            <ol className="advice-recommendations">
              {advice.recommendations.map((r, index) => (
                // The public model has no ids: its recommendations are a fixed list in their published order.
                <li key={index}>
                  {r.direction && <strong>{`${r.direction}: `}</strong>}
                  {text(r.text)}
                </li>
              ))}
            </ol>
          </section>
        )}
        {section('minorityView')}
        {advice.precedents.length > 0 && (
          <section className="advice-section">
            <h4>{adviceTexts.precedents}</h4>
            <ul>
              {advice.precedents.map((precedent) => (
                <li key={precedent.reference}>{precedentLine(precedent)}</li>
              ))}
            </ul>
          </section>
        )}
        <section className="advice-section" data-public-conclusion>
          <h4>{adviceTexts.conclusion}</h4>
          {conclusion ? (
            <>
              <Labelled label={adviceTexts.decision}>{conclusionLabels[conclusion.decision]}</Labelled>
              <Labelled label={adviceTexts.receivedOn}>{formatDutchDate(conclusion.receivedOn)}</Labelled>
              {conclusion.reasons && (
                <>
                  <Labelled label={adviceTexts.reasons}>{''}</Labelled>
                  {paragraphs(conclusion.reasons)}
                </>
              )}
            </>
          ) : (
            <p>
              <em>{adviceTexts.noConclusion}</em>
            </p>
          )}
        </section>
        <section className="advice-section">
          <h4>{adviceTexts.followUp}</h4>
          {followedUp ? (
            <>
              {followUp.discussedOn && <Labelled label={adviceTexts.discussedOn}>{formatDutchDate(followUp.discussedOn)}</Labelled>}
              {followUp.decision && <Labelled label={adviceTexts.followUpDecision}>{followUpLabels[followUp.decision]}</Labelled>}
              {followUp.reReviewOn && <Labelled label={adviceTexts.reReview}>{formatDutchDate(followUp.reReviewOn)}</Labelled>}
              {paragraphs(followUp.note)}
            </>
          ) : (
            <p>
              <em>{adviceTexts.noFollowUp}</em>
            </p>
          )}
          {advice.publishedOn && <Labelled label={adviceTexts.publishedOn}>{formatDutchDate(advice.publishedOn)}</Labelled>}
          {advice.publicationUrl && <Labelled label={adviceTexts.location}>{advice.publicationUrl}</Labelled>}
        </section>
      </div>
    </section>
  );
}
