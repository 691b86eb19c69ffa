import en from './locales/en.json';
import nl from './locales/nl.json';

type Tree = { [key: string]: string | Tree };

/*
 * Strings shared across the app live in ./locales; each feature folder (or a folder inside it) may add
 * its own `locales/nl.json` and `locales/en.json` with top-level keys of its
 * own, so features are translated where they are built.
 */
const featureFiles = import.meta.glob<Tree>('../**/locales/*.json', { eager: true, import: 'default' });

function merge(language: 'nl' | 'en', base: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [path, tree] of Object.entries(featureFiles)) {
    // The glob also finds this folder's own files, which are the base.
    if (path.startsWith('./') || !path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`Vertaalsleutel ${key} staat zowel in ${path} als elders`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = {
  nl: { translation: merge('nl', nl as Tree) },
  en: { translation: merge('en', en as Tree) },
};
