import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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

/** The renderer build, shared by the browser mode and the Electron build. */
export const rendererConfig: UserConfig = {
  root: here('renderer'),
  base: './',
  plugins: [contentSecurityPolicyMeta(), utrechtTreeShaking()],
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
