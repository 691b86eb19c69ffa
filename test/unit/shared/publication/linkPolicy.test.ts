import { describe, expect, it } from 'vitest';
import { createLinkPolicy } from '@shared/publication/linkPolicy';

describe('the link policy', () => {
  it('keeps a link to an allowed domain or a subdomain of it, and no other', () => {
    const links = createLinkPolicy([], ['utrecht.nl', 'overheid.nl']);
    expect(links.keepsLink('https://www.utrecht.nl/bestuur')).toBe(true);
    expect(links.keepsLink('https://wetten.overheid.nl/BWBR0045754')).toBe(true);
    expect(links.keepsLink('https://nieuwutrecht.nl/')).toBe(false);
    expect(links.keepsLink('https://utrecht.nl.voorbeeld.nl/')).toBe(false);
    expect(links.keepsLink('mailto:info@utrecht.nl')).toBe(false);
  });

  it('reads an allowed domain written in punycode as the host it names', () => {
    const links = createLinkPolicy([], ['xn--sdwest-frysln-teb26a.nl']);
    expect(links.keepsLink('https://súdwest-fryslân.nl/')).toBe(true);
    expect(links.keepsLink('https://xn--sdwest-frysln-teb26a.nl/raad')).toBe(true);
  });
});
