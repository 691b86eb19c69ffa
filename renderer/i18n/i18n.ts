import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/settings/settingsSchema';
import { dutch } from './dutch';
import type { TranslationTree } from './translationTree';

/* Dutch is the app's language and every other one's fallback; English is loaded only by whoever chooses it. */
const translationOf = async (language: Language): Promise<TranslationTree> =>
  language === 'nl' ? dutch : (await import('./english')).english;

export async function initI18n(language: Language): Promise<void> {
  const resources: Resource = { nl: { translation: dutch } };
  if (language !== 'nl') resources[language] = { translation: await translationOf(language) };
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await translationOf(language));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
