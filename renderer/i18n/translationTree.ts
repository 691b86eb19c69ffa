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

/**
 * The strings under these keys apart from all the others; together the two
 * are the whole tree again. A key takes its whole subtree and its plural and
 * context forms (`count` takes `count_one` and `count_other`), as `t` looks
 * them up.
 */
export function splitTranslations(tree: TranslationTree, keys: readonly string[]): { picked: TranslationTree; rest: TranslationTree } {
  const picked: TranslationTree = {};
  const rest: TranslationTree = {};
  for (const [name, value] of Object.entries(tree)) {
    const whole = keys.some((key) => key === name || name.startsWith(`${key}_`));
    const inner = keys.filter((key) => key.startsWith(`${name}.`)).map((key) => key.slice(name.length + 1));
    if (whole) picked[name] = value;
    else if (inner.length === 0 || typeof value === 'string') rest[name] = value;
    else {
      const split = splitTranslations(value, inner);
      if (Object.keys(split.picked).length > 0) picked[name] = split.picked;
      if (Object.keys(split.rest).length > 0) rest[name] = split.rest;
    }
  }
  return { picked, rest };
}
