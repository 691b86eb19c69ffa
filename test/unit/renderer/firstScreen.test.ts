import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import firstScreenStrings from 'virtual:dutch-strings/first-screen';
import type { TranslationTree } from '../../../renderer/i18n/translationTree';
import { staticImports } from '../../support/staticImports';

/** What the browser loads before the case list can show: the entry and the case list's page. */
const firstScreen = staticImports(['renderer/main.tsx', 'renderer/cases/CaseListPage.tsx']);

/** A key is there as itself, as a subtree, or in its plural or context forms (`count_one`, `wrongKind_backup`). */
const has = (tree: TranslationTree, key: string): boolean => {
  const [head, ...rest] = key.split('.');
  if (rest.length === 0) return Object.keys(tree).some((name) => name === head || name.startsWith(`${head}_`));
  const value = tree[head!];
  return value !== undefined && typeof value !== 'string' && has(value, rest.join('.'));
};

describe('the first screen', () => {
  it('leaves out the strings it does not show, English, and the repositories of other pages', () => {
    const loadedOnUse = [
      'virtual:dutch-strings/later',
      'renderer/i18n/english.ts',
      'renderer/advice/adviceRepository.ts',
      'renderer/advice/adviceOutcomeRepository.ts',
      'renderer/cases/attachmentRepository.ts',
      'renderer/db/draftRepository.ts',
      'renderer/people/peopleRepository.ts',
      'renderer/meetings/meetingRepository.ts',
      'renderer/meetings/noteRepository.ts',
      'renderer/meetings/actionRepository.ts',
      'renderer/export/exportQuery.ts',
      'renderer/export/publicationRecordRepository.ts',
      'renderer/screening/screeningRepository.ts',
    ];
    expect(loadedOnUse.filter((module) => firstScreen.has(module))).toEqual([]);
    expect(firstScreen.has('virtual:dutch-strings/first-screen')).toBe(true);
  });

  it('leaves out the schema library: the start reads, and what it reads this app wrote itself', () => {
    // A module of ours that imports zod names the way it came in, for whoever adds it back.
    const importsZod = /^import\s+(?!type\b)[^;]*?from\s+'zod(?:\/[^']*)?';/m;
    const withSchemas = [...firstScreen].filter((module) => /\.tsx?$/.test(module) && importsZod.test(readFileSync(module, 'utf8')));
    expect(withSchemas).toEqual([]);
    expect([...firstScreen].filter((module) => module === 'zod' || module.startsWith('zod/'))).toEqual([]);
  });

  it('has every string its own components name', () => {
    // A key written out in t('…'), or the fixed start of one built with t(`….${…}`).
    const named = /\bt\(\s*(?:[^'`()]*\?\s*)?['`]([a-zA-Z]+\.[\w.]*)/g;
    const missing = [...firstScreen]
      .filter((module) => /^renderer\/.*\.tsx?$/.test(module))
      .flatMap((module) => [...readFileSync(module, 'utf8').matchAll(named)].map((match) => ({ module, key: match[1]!.replace(/[._]+$/, '') })))
      .filter(({ key }) => !has(firstScreenStrings, key))
      .map(({ module, key }) => `${module}: ${key}`);
    expect(missing).toEqual([]);
  });
});
