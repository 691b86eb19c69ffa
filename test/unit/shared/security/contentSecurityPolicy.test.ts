import { readFile } from 'node:fs/promises';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '@shared/security/contentSecurityPolicy';
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
    expect(policy.get('worker-src')).toBe("worker-src 'self'");
    expect(policy.get('connect-src')).toBe(
      "connect-src 'self' wss: https: ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
    );
    expect(policy.get('base-uri')).toBe("base-uri 'none'");
    expect(policy.get('form-action')).toBe("form-action 'none'");
    expect(policy.has('object-src')).toBe(false);
  });

  it('allows no other origin and no eval; the only way out is encrypted, or plain to this computer', () => {
    for (const policy of [contentSecurityPolicy, contentSecurityPolicyHeader]) {
      const withoutSockets = policy.replace(directives(policy).get('connect-src')!, '');
      expect(withoutSockets).not.toMatch(/https?:|wss?:|\*|127\.0\.0\.1|localhost|unsafe-eval/);
      const plain = directives(policy)
        .get('connect-src')!
        .split(' ')
        .filter((source) => /^(ws|http):/.test(source));
      expect(plain).toEqual(['ws://127.0.0.1:*', 'ws://localhost:*', 'http://127.0.0.1:*', 'http://localhost:*']);
    }
  });

  it('refuses framing in the header, where a browser honours it, and keeps it out of the page, where it would only warn', () => {
    expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  });
});

describe('the policy in index.html', () => {
  it('is the one policy in every build and on the dev server’s page', () => {
    expect(writtenPolicy({})).toBe(contentSecurityPolicy);
    expect(writtenPolicy({ server: {} as IndexHtmlTransformContext['server'] })).toBe(contentSecurityPolicy);
  });

  it('has one source: the page itself holds no policy of its own that could drift', async () => {
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/<meta[^>]+http-equiv="Content-Security-Policy"/i);
  });
});
