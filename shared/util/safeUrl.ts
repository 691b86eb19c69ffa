/**
 * The only links the app will follow out of itself: https, no credentials in
 * the URL. Parsing (rather than prefix checks) defeats tricks such as
 * `javascript:` with odd casing or embedded control characters.
 */
export function parseExternalUrl(raw: string): URL | null {
  if (raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}
