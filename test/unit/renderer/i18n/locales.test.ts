import { describe, expect, it } from 'vitest';
import { resources } from '../../../../renderer/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Flattens a locale tree into a map of dotted leaf key paths to values. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      for (const [p, v] of flatten(value, path)) out.set(p, v);
    }
  }
  return out;
}

/** The sorted, de-duplicated {{placeholder}} names used in a value. */
function placeholders(value: string): string[] {
  const names = [...value.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

const locales = {
  nl: flatten(resources.nl.translation as Tree),
  en: flatten(resources.en.translation as Tree),
};

describe('locale files', () => {
  it('have exactly the same leaf key paths', () => {
    const nlKeys = [...locales.nl.keys()];
    const enKeys = [...locales.en.keys()];
    const missingInEn = nlKeys.filter((k) => !locales.en.has(k));
    const missingInNl = enKeys.filter((k) => !locales.nl.has(k));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it('contain no empty values', () => {
    for (const [lang, entries] of Object.entries(locales)) {
      const empty = [...entries].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty, `empty values in ${lang}.json`).toEqual([]);
    }
  });

  it('use the same {{placeholders}} for each key in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, nlValue] of locales.nl) {
      const enValue = locales.en.get(key);
      if (enValue === undefined) continue; // reported by the key-path test
      const nlNames = placeholders(nlValue);
      const enNames = placeholders(enValue);
      if (nlNames.join(',') !== enNames.join(',')) {
        mismatches.push(`${key}: nl {${nlNames.join(', ')}} vs en {${enNames.join(', ')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
