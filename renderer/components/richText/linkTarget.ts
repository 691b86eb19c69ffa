import { parseExternalUrl } from '@shared/util/safeUrl';

export type LinkTarget = { ok: true; href: string } | { ok: false; problem: 'empty' | 'httpsOnly' };

/**
 * What a typed address becomes as a link. A bare address ("www.gemeente.nl")
 * gets https:// in front; an address with any other scheme (http:, mailto:,
 * javascript:) is refused rather than rewritten, so nothing is guessed.
 */
export function linkTarget(typed: string): LinkTarget {
  const address = typed.trim();
  if (address === '') return { ok: false, problem: 'empty' };
  const url = parseExternalUrl(/^[a-z][a-z\d+.-]*:/i.test(address) ? address : `https://${address}`);
  return url ? { ok: true, href: url.href } : { ok: false, problem: 'httpsOnly' };
}
