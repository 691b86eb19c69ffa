import en from './locales/en.json';
import { mergeFeatureTranslations, type TranslationTree } from './translationTree';

export const english = mergeFeatureTranslations(
  en as TranslationTree,
  import.meta.glob<TranslationTree>('../**/locales/en.json', { eager: true, import: 'default' }),
);
