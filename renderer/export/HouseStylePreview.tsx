import { useTranslation } from 'react-i18next';
import type { HouseStyle } from '@shared/export/houseStyle';

/**
 * An impression of the first page of an advice in this house style: the same
 * letterhead, fonts, colours and footer the Word document gets. Decorative
 * for screen readers (they get the settings themselves), hence aria-hidden
 * inside a labelled figure.
 */
export function HouseStylePreview({ style, bodyName }: { style: HouseStyle; bodyName: string }) {
  const { t } = useTranslation();
  const heading = { color: style.headingColor };
  return (
    <figure className="house-style-preview" aria-labelledby="house-style-preview-caption">
      <figcaption id="house-style-preview-caption">{t('export.houseStyle.preview')}</figcaption>
      <div className="house-style-preview__page" style={{ fontFamily: style.font }} aria-hidden="true" data-testid="house-style-page">
        <div className="house-style-preview__header">
          {style.logo && <img src={`data:${style.logo.mimeType};base64,${style.logo.base64}`} alt="" className="house-style-preview__logo" />}
          <div className="house-style-preview__letterhead">
            <strong>{style.organisationName}</strong>
            {style.referenceInHeader && <span>Zaaknummer EA-2026-001</span>}
          </div>
        </div>
        <p className="house-style-preview__title" style={heading}>
          Advies: Slimme camera’s op het Stationsplein
        </p>
        <table className="house-style-preview__meta">
          <tbody>
            {[
              ['Zaaknummer', 'EA-2026-001'],
              ['Uitgebracht door', bodyName],
              ['Proceseigenaar', 'Proceseigenaar, afdeling Openbare Orde'],
            ].map(([label, value]) => (
              <tr key={label}>
                <th style={{ background: style.accentColor }}>{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="house-style-preview__h1" style={heading}>
          Samenvatting van het onderwerp
        </p>
        <p>De gemeente wil camerabeelden automatisch laten analyseren op groepsvorming.</p>
        <p className="house-style-preview__h1" style={heading}>
          Advies
        </p>
        <ol>
          <li>
            <strong>Technologie:</strong> beperk de analyse tot geaggregeerde tellingen.
          </li>
        </ol>
        <div className="house-style-preview__footer">
          <span>{style.footerText}</span>
          {style.pageNumbers && <span>pagina 1 van 3</span>}
        </div>
      </div>
    </figure>
  );
}
