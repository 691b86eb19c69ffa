import { describe, expect, it } from 'vitest';
import { checkServerAddress, httpAddressOf } from '@shared/sync/serverAddress';

describe('server address', () => {
  it('takes an encrypted address anywhere', () => {
    expect(checkServerAddress(' wss://beraad.gemeente.nl/ ')).toEqual({ ok: true, url: 'wss://beraad.gemeente.nl' });
  });

  it('takes a plain address only for this computer', () => {
    for (const address of ['ws://127.0.0.1:8787', 'ws://localhost:8787', 'ws://127.0.0.2:1']) {
      expect(checkServerAddress(address).ok).toBe(true);
    }
    for (const address of ['ws://192.168.1.10:8787', 'ws://beraad.gemeente.nl', 'ws://127.0.0.1.example.nl', 'ws://localhost.example.nl']) {
      expect(checkServerAddress(address)).toEqual({ ok: false, problem: 'insecure' });
    }
  });

  it('asks for 127.0.0.1 or localhost instead of [::1], which the page’s security policy cannot name', () => {
    expect(checkServerAddress('ws://[::1]:8787')).toEqual({ ok: false, problem: 'ipv6_loopback' });
    expect(checkServerAddress('wss://[::1]:8787')).toEqual({ ok: true, url: 'wss://[::1]:8787' });
  });

  it('names what is wrong with anything else', () => {
    expect(checkServerAddress('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkServerAddress('beraad.gemeente.nl')).toEqual({ ok: false, problem: 'not_an_address' });
    expect(checkServerAddress('https://beraad.gemeente.nl')).toEqual({ ok: false, problem: 'wrong_scheme' });
    expect(checkServerAddress('javascript:alert(1)')).toEqual({ ok: false, problem: 'wrong_scheme' });
    expect(checkServerAddress('wss://secretaris:geheim@beraad.gemeente.nl')).toEqual({ ok: false, problem: 'has_credentials' });
  });

  it('drops a query and fragment, which could carry what does not belong in an address', () => {
    expect(checkServerAddress('wss://beraad.gemeente.nl/sync?token=x#y')).toMatchObject({ url: 'wss://beraad.gemeente.nl/sync' });
  });

  it('puts the account endpoints beside the socket, encrypted where the socket is', () => {
    expect(httpAddressOf('wss://beraad.gemeente.nl')).toBe('https://beraad.gemeente.nl');
    expect(httpAddressOf('wss://beraad.gemeente.nl:8443/bestuur')).toBe('https://beraad.gemeente.nl:8443/bestuur');
    expect(httpAddressOf('ws://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });
});
