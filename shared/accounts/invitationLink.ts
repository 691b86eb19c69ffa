/**
 * An invitation as one string the secretary hands over: the server's address,
 * the invitation code and the e-mail it counts for. Pasted into the board
 * page's address field, it fills in all three; the code is as secret as when
 * handed over alone.
 */
const scheme = 'beraad:';
const kind = 'uitnodiging';

export interface InvitationLink {
  serverUrl: string;
  invitationCode: string;
  email: string;
}

export function toInvitationLink({ serverUrl, invitationCode, email }: InvitationLink): string {
  return `${scheme}//${kind}?${new URLSearchParams({ server: serverUrl, code: invitationCode, email }).toString()}`;
}

/** The parts of a pasted link; null for anything else (an address, a typo), which the field then takes as typed. */
export function parseInvitationLink(text: string): InvitationLink | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== scheme || url.hostname !== kind) return null;
  const serverUrl = url.searchParams.get('server');
  const invitationCode = url.searchParams.get('code');
  if (!serverUrl || !invitationCode) return null;
  return { serverUrl, invitationCode, email: url.searchParams.get('email') ?? '' };
}
