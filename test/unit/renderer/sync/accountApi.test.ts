import { describe, expect, it } from 'vitest';
import type { Account } from '@shared/accounts/accountSchema';
import { accountApi } from '../../../../renderer/sync/accountApi';
import type { Screening } from '@shared/screening/screeningSchema';
import { sampleAccount } from '../../../fixtures/account';
import { everyTable } from '../../../fixtures/backup/records';

const account: Account = { ...sampleAccount, role: 'secretaris' };

/** Records what the app sent and answers as given: the app's side of the conversation, checked without a server. */
function answering(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (input: string, init: RequestInit) => {
    sent.push({ url: input, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { sent, fetcher };
}

describe('account api', () => {
  it('asks the endpoint beside the socket, with the token as a bearer and no cookies', async () => {
    const { sent, fetcher } = answering(200, account);
    expect(await accountApi('wss://beraad.gemeente.nl', fetcher).me('token-1')).toEqual({ ok: true, value: account });
    expect(sent[0]!.url).toBe('https://beraad.gemeente.nl/beraad/me');
    expect(sent[0]!.init).toMatchObject({ method: 'GET', credentials: 'omit', headers: { Authorization: 'Bearer token-1' } });
  });

  it('passes on the server’s reason, with how long to wait when it asks for that', async () => {
    const { fetcher } = answering(429, { error: 'rate_limited', retryAfterSeconds: 600 });
    expect(await accountApi('ws://127.0.0.1:8787', fetcher).login({ email: 'a@b.nl', password: 'x' })).toEqual({
      ok: false,
      problem: 'rate_limited',
      retryAfterSeconds: 600,
    });
  });

  it('takes an answer that does not fit the contract for no Beraad server, whatever its status', async () => {
    expect(await accountApi('ws://127.0.0.1:8787', answering(200, { accessToken: 'x' }).fetcher).login({ email: 'a@b.nl', password: 'x' })).toEqual({
      ok: false,
      problem: 'not_beraad',
    });
    expect(await accountApi('ws://127.0.0.1:8787', answering(404, '<html>').fetcher).me('t')).toEqual({ ok: false, problem: 'not_beraad' });
  });

  it('sends a project lead’s screening to the screening command and takes the rule’s refusal as an answer', async () => {
    const screening = everyTable.screenings[1] as Screening;
    const saved = answering(200, { ok: true, screening });
    expect(await accountApi('wss://beraad.gemeente.nl', saved.fetcher).saveScreening('token-1', screening)).toEqual({ ok: true, value: { ok: true, screening } });
    expect(saved.sent[0]!.url).toBe('https://beraad.gemeente.nl/beraad/screenings');
    expect(saved.sent[0]!.init).toMatchObject({ method: 'POST', headers: { Authorization: 'Bearer token-1' } });
    const refused = answering(409, { ok: false, reasons: ['already_case'] });
    expect(await accountApi('wss://beraad.gemeente.nl', refused.fetcher).saveScreening('t', screening)).toEqual({ ok: true, value: { ok: false, reasons: ['already_case'] } });
    expect(await accountApi('wss://beraad.gemeente.nl', answering(403, { error: 'forbidden' }).fetcher).screeningTemplates('t')).toEqual({ ok: false, problem: 'forbidden' });
  });

  it('says unreachable when no answer comes at all', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await accountApi('wss://beraad.gemeente.nl', failing).refresh('r')).toEqual({ ok: false, problem: 'unreachable' });
  });
});
