export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * One language's strings: the app-wide ones in ./locales, with each feature
 * folder's own `locales/<language>.json` added under its top-level keys, so
 * features are translated where they are built.
 */
export function mergeFeatureTranslations(base: TranslationTree, featureFiles: Record<string, TranslationTree>): TranslationTree {
  const merged: TranslationTree = { ...base };
  for (const [path, tree] of Object.entries(featureFiles)) {
    // The glob also finds the i18n folder's own file, which is the base.
    if (path.startsWith('./')) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`Vertaalsleutel ${key} staat zowel in ${path} als elders`);
      merged[key] = value;
    }
  }
  return merged;
}
