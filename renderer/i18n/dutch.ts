import nl from './locales/nl.json';
import { mergeFeatureTranslations, type TranslationTree } from './translationTree';

export const dutch = mergeFeatureTranslations(
  nl as TranslationTree,
  import.meta.glob<TranslationTree>('../**/locales/nl.json', { eager: true, import: 'default' }),
);
