/*
 * What the renderer may load: its own files and nothing from another origin,
 * no inline or eval'd script. Inline styles stay allowed because the editor
 * and the component library set them; data: covers the small assets Vite
 * inlines, blob: the images the renderer holds in memory (attachments, logo).
 * Workers come from the app's own files only (the search index runs in one).
 * Anything not named falls to default-src and is refused: objects, frames,
 * media. The one connection out is board mode's to the board's server, its
 * socket and its account endpoints beside it: encrypted (wss:, https:)
 * anywhere, plain (ws:, http:) to this computer only, as
 * shared/sync/serverAddress.ts also insists. A source cannot name an IPv6
 * address (Chromium ignores one, with a warning), so [::1] is not among them.
 */
const loopbackHosts = ['127.0.0.1', 'localhost'];
const boardServerSources = ["'self'", 'wss:', 'https:', ...['ws', 'http'].flatMap((scheme) => loopbackHosts.map((host) => `${scheme}://${host}:*`))].join(' ');

const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src ${boardServerSources}`,
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy every build puts in its page, the browser build that the e2e tests run as much as the desktop app's. */
export const contentSecurityPolicy = directives.join('; ');

/** The desktop app sends the same policy as a header, where framing can be refused too: a meta tag cannot do that. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');
