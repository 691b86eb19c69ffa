import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from '@shared/util/safeUrl';

describe('external links', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'http://example.nl',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pw@example.nl',
    'app://beraad/index.html',
    'not a url',
    `https://example.nl/${'a'.repeat(2100)}`,
  ])('refuses %s', (raw) => {
    expect(parseExternalUrl(raw)).toBeNull();
  });

  it('accepts plain https', () => {
    expect(parseExternalUrl(' https://www.example.nl/advies?id=1 ')?.href).toBe('https://www.example.nl/advies?id=1');
  });
});
