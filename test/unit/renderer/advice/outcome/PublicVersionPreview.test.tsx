// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPublicAdvice, type PublicAdvice } from '@shared/publication/publicModel';
import { PublicVersionPreview } from '../../../../../renderer/advice/outcome/PublicVersionPreview';
import { initI18n, loadAllStrings } from '../../../../../renderer/i18n/i18n';
import { adviceSource, adviceVersion, confidentialRecommendation, confidentialText, secretNames } from '../../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../../fixtures/publication';

beforeAll(async () => {
  await initI18n('nl').then(loadAllStrings);
});

function publicAdvice(source = adviceSource()): PublicAdvice {
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('PublicVersionPreview', () => {
  it('shows what the Word document publishes, from the same public model: the conclusion included, nobody named', () => {
    const html = renderToStaticMarkup(<PublicVersionPreview advice={publicAdvice()} byRole />);
    const text = textOf(html);
    expect(html).toContain('<h4>Conclusie van de proceseigenaar</h4>');
    expect(text).toContain('Besluit: Advies deels overgenomen');
    expect(text).toContain('Ontvangen op: 20 april 2026');
    expect(text).toContain('Gezichtsherkenning valt af; Lid adviesorgaan wordt gevraagd voor de evaluatie.');
    expect(text).toContain('Besluit over vervolg: Vervolg door het college');
    expect(text).toContain('Proceseigenaar, afdeling Openbare Orde');
    expect(text).toContain('Technologie: Beperk de analyse tot geaggregeerde tellingen');
    for (const name of secretNames) expect(text).not.toContain(name);
    expect(text).not.toContain(confidentialText);
    expect(text).not.toContain(confidentialRecommendation);
    expect(html).toContain('lang="nl"');
  });

  it('gives the publication date as a date and the address as where to find it', () => {
    const source = adviceSource();
    source.advice = { ...source.advice!, publication: { classificationChecked: true, publicSummary: '', publishedOn: '2026-12-03', url: 'https://www.voorbeeldstad.nl/advies-007' } };
    const text = textOf(renderToStaticMarkup(<PublicVersionPreview advice={publicAdvice(source)} byRole />));
    expect(text).toContain('Gepubliceerd op: 3 december 2026');
    expect(text).toContain('Vindplaats: https://www.voorbeeldstad.nl/advies-007');
  });

  it('says when the conclusion has not come in yet', () => {
    const source = adviceSource();
    source.advice = { ...source.advice!, conclusion: null };
    const text = textOf(renderToStaticMarkup(<PublicVersionPreview advice={publicAdvice(source)} byRole />));
    expect(text).toContain('De conclusie van de proceseigenaar is nog niet ontvangen.');
  });

  it('shows the earlier advices referred to as the public document does: the title only of a published one', () => {
    const published = { caseId: '00000000-0000-4000-8000-000000000501', reference: 'EA-2025-004', title: 'Camera’s in het winkelcentrum', adviceIssuedOn: '2025-06-12' };
    const unpublished = { caseId: '00000000-0000-4000-8000-000000000502', reference: 'EA-2025-009', title: 'Drones boven de wijk Noord', adviceIssuedOn: '2025-10-03' };
    const source = adviceSource({ version: adviceVersion({ precedents: [published, unpublished] }), publishedPrecedents: [published.caseId] });
    const html = renderToStaticMarkup(<PublicVersionPreview advice={publicAdvice(source)} byRole />);
    expect(html).toContain('<h4>Eerdere adviezen</h4>');
    expect(html).toContain('<li>EA-2025-004: Camera’s in het winkelcentrum (advies van 12 juni 2025)</li><li>EA-2025-009</li>');
    expect(html).not.toContain('Drones boven de wijk');
  });
});
