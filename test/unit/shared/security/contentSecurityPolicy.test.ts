import { readFile } from 'node:fs/promises';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader, devContentSecurityPolicy } from '@shared/security/contentSecurityPolicy';
import { contentSecurityPolicyMeta } from '../../../../vite.web.config';

const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));

/** The policy the plugin writes into index.html, for a build (no server) or for the dev server's page. */
function writtenPolicy(context: Partial<IndexHtmlTransformContext>): string | undefined {
  const transform = contentSecurityPolicyMeta().transformIndexHtml as (html: string, context: Partial<IndexHtmlTransformContext>) => HtmlTagDescriptor[];
  const [tag] = transform('<html></html>', { path: '/index.html', filename: 'index.html', ...context });
  expect(tag).toMatchObject({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy' }, injectTo: 'head-prepend' });
  return tag?.attrs?.content as string | undefined;
}

describe('content security policy', () => {
  it('blocks everything not listed, inline and eval script, plugins and base/form hijacks', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('default-src')).toBe("default-src 'none'");
    expect(policy.get('script-src')).toBe("script-src 'self'");
    expect(policy.get('connect-src')).toBe("connect-src 'self'");
    expect(policy.get('base-uri')).toBe("base-uri 'none'");
    expect(policy.get('form-action')).toBe("form-action 'none'");
    expect(policy.has('object-src')).toBe(false);
  });

  it('allows no other origin, no socket and no eval in production, in the page or the header', () => {
    for (const policy of [contentSecurityPolicy, contentSecurityPolicyHeader]) {
      expect(policy).not.toMatch(/https?:|wss?:|\*|127\.0\.0\.1|localhost|unsafe-eval/);
    }
  });

  it('refuses framing in the header, where a browser honours it, and keeps it out of the page, where it would only warn', () => {
    expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  });

  it('lets only the development page reach the dev server’s hot-reload socket', () => {
    expect(directives(devContentSecurityPolicy).get('connect-src')).toBe("connect-src 'self' ws://127.0.0.1:*");
    expect(devContentSecurityPolicy).not.toContain('unsafe-eval');
  });
});

describe('the policy in index.html', () => {
  it('is the production policy in every build, the browser build the e2e tests serve included', () => {
    expect(writtenPolicy({})).toBe(contentSecurityPolicy);
  });

  it('is the development policy only on the dev server’s page', () => {
    expect(writtenPolicy({ server: {} as IndexHtmlTransformContext['server'] })).toBe(devContentSecurityPolicy);
  });

  it('has one source: the page itself holds no policy of its own that could drift', async () => {
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/<meta[^>]+http-equiv="Content-Security-Policy"/i);
  });
});
