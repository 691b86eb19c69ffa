/**
 * Checks a board server address as a person typed it. Only wss:// leaves
 * this computer: ws:// is plain text, so it is accepted for loopback only,
 * where the server is this machine itself. That is named 127.0.0.1 or
 * localhost: a page's content security policy cannot name an IPv6 address,
 * so the app could not reach ws://[::1] and says so instead (wss: is
 * allowed as a scheme, any host).
 */
export const serverAddressProblems = ['empty', 'not_an_address', 'wrong_scheme', 'insecure', 'ipv6_loopback', 'has_credentials'] as const;
export type ServerAddressProblem = (typeof serverAddressProblems)[number];

export type ServerAddressCheck = { ok: true; url: string } | { ok: false; problem: ServerAddressProblem };

const loopbackHosts = /^(localhost|127(?:\.\d{1,3}){3})$/i;

export function checkServerAddress(input: string): ServerAddressCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not_an_address' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, problem: 'wrong_scheme' };
  if (url.username || url.password) return { ok: false, problem: 'has_credentials' };
  if (url.protocol === 'ws:' && url.hostname === '[::1]') return { ok: false, problem: 'ipv6_loopback' };
  if (url.protocol === 'ws:' && !loopbackHosts.test(url.hostname)) return { ok: false, problem: 'insecure' };
  url.hash = '';
  url.search = '';
  return { ok: true, url: url.toString().replace(/\/$/, '') };
}

/** The account endpoints sit beside the socket: https:// for wss://, http:// for a loopback ws://. */
export function httpAddressOf(socketUrl: string): string {
  const url = new URL(socketUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.toString().replace(/\/$/, '');
}
