import { describe, expect, it } from 'vitest';
import { parseInvitationLink, toInvitationLink } from '@shared/accounts/invitationLink';

const invitation = { serverUrl: 'wss://beraad.gemeente.nl:8443/sync', invitationCode: 'ABCD-EFGH-JKMN-PQRS', email: 'lotte+project@gemeente.nl' };

describe('invitation link', () => {
  it('carries the server’s address, the code and the e-mail there and back', () => {
    const link = toInvitationLink(invitation);
    expect(link).toMatch(/^beraad:\/\/uitnodiging\?/);
    expect(parseInvitationLink(link)).toEqual(invitation);
    expect(parseInvitationLink(`  ${link}\n`)).toEqual(invitation);
  });

  it('is no link for an address, another scheme or a link without server or code', () => {
    expect(parseInvitationLink('wss://beraad.gemeente.nl')).toBeNull();
    expect(parseInvitationLink('beraad.gemeente.nl')).toBeNull();
    expect(parseInvitationLink('https://uitnodiging?server=wss://x&code=ABCD-EFGH-JKMN-PQRS')).toBeNull();
    expect(parseInvitationLink('beraad://uitnodiging?code=ABCD-EFGH-JKMN-PQRS')).toBeNull();
    expect(parseInvitationLink('beraad://uitnodiging?server=wss://x')).toBeNull();
    expect(parseInvitationLink('beraad://anders?server=wss://x&code=ABCD-EFGH-JKMN-PQRS')).toBeNull();
  });
});
