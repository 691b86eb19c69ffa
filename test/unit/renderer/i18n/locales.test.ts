import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../fixtures/translations';

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

  it('say a counted word through plural keys: every _one has its _other, and no other value puts a word after {{count}}', () => {
    const problems: string[] = [];
    for (const [lang, entries] of Object.entries(locales)) {
      for (const key of entries.keys()) {
        const [, base, form] = /^(.*)_(one|other)$/.exec(key) ?? [];
        if (base && !entries.has(`${base}_${form === 'one' ? 'other' : 'one'}`)) problems.push(`${lang}: ${key} without its pair`);
      }
      for (const [key, value] of entries) {
        if (!/_(one|other)$/.test(key) && /\{\{\s*count\s*\}\}\s+\p{L}/u.test(value)) problems.push(`${lang}: ${key} counts without plural keys`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('say one of a thing in the singular', async () => {
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'nl', interpolation: { escapeValue: false } });
    const contents = (n: number) =>
      t.t('backup.exchange.contents', {
        notes: t.t('backup.exchange.notes', { count: n }),
        attachments: t.t('backup.exchange.attachments', { count: n }),
        actions: t.t('backup.exchange.actions', { count: n }),
        meetings: t.t('backup.exchange.meetings', { count: n }),
        people: t.t('backup.exchange.people', { count: n }),
      });
    expect(contents(1)).toBe('1 aantekening, 1 bijlage, 1 actie, 1 vergadering, 1 persoon.');
    expect(contents(2)).toBe('2 aantekeningen, 2 bijlagen, 2 acties, 2 vergaderingen, 2 personen.');
    expect(t.t('backup.status.overdue', { count: 1 })).toBe('De laatste back-up is ouder dan 1 dag. Maak nu een back-up.');
    expect(t.t('caseList.count', { count: 1, shown: 1 })).toBe('1 van 1 casus');
    expect(t.t('caseList.count', { count: 10, shown: 1 })).toBe('1 van 10 casussen');
    expect(t.t('adviceRegister.count', { count: 1, shown: 1 })).toBe('1 van 1 advies getoond.');
    await t.changeLanguage('en');
    expect(contents(1)).toBe('1 note, 1 attachment, 1 action, 1 meeting, 1 person.');
  });
});
