import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { templateProblemMessage } from '../../../../renderer/screening/templateProblemMessage';
import nl from '../../../../renderer/screening/locales/nl.json';

const template = { questions: [{ id: 'scale', text: 'Hoeveel mensen raakt het project?' }, { id: 'reach', text: 'Wie merken het?' }] };

describe('template problems in Dutch', () => {
  it('names the question by its text and code', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } });
    expect(templateProblemMessage(t.t, { code: 'unreachable', question: 'scale' }, template)).toBe(
      'Er is geen antwoord waarbij vraag ‘Hoeveel mensen raakt het project?’ (scale) wordt getoond.',
    );
    expect(templateProblemMessage(t.t, { code: 'cycle', question: 'scale', through: ['scale', 'reach'] }, template)).toBe(
      'De voorwaarden van vraag ‘Hoeveel mensen raakt het project?’ (scale) vormen een kring: vraag ‘Hoeveel mensen raakt het project?’ (scale) → vraag ‘Wie merken het?’ (reach).',
    );
    expect(templateProblemMessage(t.t, { code: 'ruleMissingQuestion', rule: 'r1', missing: 'weg' }, template)).toBe(
      'Uitkomstregel r1 verwijst naar vraag weg, die niet bestaat.',
    );
  });
});
