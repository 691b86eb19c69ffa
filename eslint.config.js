import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The layer rule (after VS Code's common/browser/electron-main): shared/ is pure
 * and imports nothing of ours; renderer/, electron/ and server/ import shared/
 * and never each other; inside renderer/, app/ imports the features and nothing imports
 * app/. Breaking it fails `npm run lint`, and so `npm test`.
 */
const patterns = (forbidden, message) => forbidden.map((group) => ({ group: [...new Set([group, `**/${group.replace(/^\*\*\//, '')}`])], message }));
const layer = (forbidden, message) => ({ 'no-restricted-imports': ['error', { patterns: patterns(forbidden, message) }] });

const rendererMessage = 'renderer/ talks to the machine only through the bridge in shared/ipc.';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...layer(['**/renderer/**', '**/electron/**', '**/server/**', 'electron', 'react', 'dexie', 'node:*'], 'shared/ is pure: no renderer, electron, DOM or Node imports.'),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only advice for the React Compiler, which this project does not run.
      'react-hooks/incompatible-library': 'off',
      ...layer(['**/electron/**', '**/server/**', 'electron', 'node:*'], rendererMessage),
    },
  },
  {
    // The composition root sits on top: features never import it (they reach services through renderer/services).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/app/**', 'renderer/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...patterns(['**/electron/**', '**/server/**', 'electron', 'node:*'], rendererMessage),
            ...patterns(['**/app/*', '**/app/**'], 'Features never import renderer/app/, the composition root; services come through renderer/services.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      ...layer(['**/renderer/**', '**/server/**', 'react', 'dexie'], 'electron/ never imports renderer/ or server/.'),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      ...layer(['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'dexie'], 'server/ runs on Node and imports only shared/ of ours.'),
    },
  },
);
