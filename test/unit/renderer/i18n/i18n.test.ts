// @vitest-environment jsdom
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { applyLanguage, initI18n } from '../../../../renderer/i18n/i18n';

describe('the app’s languages', () => {
  it('starts in Dutch without English, and loads English when it is chosen', async () => {
    await initI18n('nl');
    expect(i18next.t('common.loading')).toBe('Bezig met laden…');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);

    await applyLanguage('en');
    expect(i18next.t('common.loading')).toBe('Loading…');
    expect(document.documentElement.lang).toBe('en');

    await applyLanguage('nl');
    expect(i18next.t('common.loading')).toBe('Bezig met laden…');
  });
});
