import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import firstScreenStrings from 'virtual:dutch-strings/first-screen';
import type { Language } from '@shared/settings/defaultSettings';
import type { TranslationTree } from './translationTree';

/* Dutch is the app's language and every other one's fallback; English is loaded only by whoever chooses it. */
const translationOf = async (language: Language): Promise<TranslationTree> =>
  language === 'nl' ? firstScreenStrings : (await import('./english')).english;

export async function initI18n(language: Language): Promise<void> {
  const resources: Resource = { nl: { translation: firstScreenStrings } };
  if (language !== 'nl') resources[language] = { translation: await translationOf(language) };
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A screen drawn before the rest of the strings arrived is drawn again with them.
    react: { bindI18nStore: 'added' },
  });
  document.documentElement.lang = language;
}

let laterStrings: Promise<void> | null = null;

/**
 * The Dutch strings the first screen does not show, added once: every page and
 * dialog (lazyComponent) and the recovery screen waits for them.
 */
export function loadAllStrings(): Promise<void> {
  return (laterStrings ??= import('virtual:dutch-strings/later').then(({ default: later }) => {
    const add = () => void i18next.addResourceBundle('nl', 'translation', later, true, false);
    // A page's code may be asked for before the language is set up (preloadPageAt).
    if (i18next.isInitialized) add();
    else i18next.on('initialized', add);
  }));
}

export async function applyLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await translationOf(language));
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
