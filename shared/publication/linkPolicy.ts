import { urlNameDetector } from '../advice/nameInUrl';
import { decodePunycode } from './punycode';

const addressPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;

function hostOf(href: string): string | null {
  try {
    const url = new URL(/^www\./i.test(href) ? `https://${href}` : href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? decodePunycode(url.hostname.toLowerCase()) : null;
  } catch {
    return null;
  }
}

/**
 * What a public document does with an address. A link keeps its address only
 * to an allowed domain (or a subdomain of one) and only when the address
 * names nobody (see nameInUrl); otherwise only its visible text remains. An
 * address written in the text itself stays unless it names someone.
 */
export function createLinkPolicy(names: readonly string[], domains: readonly string[]) {
  // Built on the first address: most texts have none, and the spellings of a large register take a while to list.
  let detector: ((url: string) => boolean) | undefined;
  const namesSomeone = (url: string) => (detector ??= urlNameDetector(names))(url);
  const allowed = domains.map((d) => decodePunycode(d.trim().toLowerCase().replace(/^\.+/, ''))).filter(Boolean);
  return {
    keepsLink(href: string): boolean {
      const host = hostOf(href);
      return host !== null && allowed.some((d) => host === d || host.endsWith(`.${d}`)) && !namesSomeone(href);
    },
    /** Addresses in plain text that name someone. */
    findNamingAddresses(text: string): { from: number; to: number }[] {
      if (!/https?:|www\./i.test(text)) return [];
      return [...text.matchAll(addressPattern)].filter((m) => namesSomeone(m[0])).map((m) => ({ from: m.index, to: m.index + m[0].length }));
    },
  };
}

export type LinkPolicy = ReturnType<typeof createLinkPolicy>;
