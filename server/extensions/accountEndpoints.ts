import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import {
  acceptInvitationRequestSchema,
  accountPaths,
  createAccountRequestSchema,
  loginRequestSchema,
  refreshRequestSchema,
  setupRequestSchema,
  updateAccountRequestSchema,
} from '@shared/accounts/accountSchema';
import type { AccountFailure, AccountResult, AccountService, Caller } from '../accounts/accountService';
import { isLoopbackHost } from '../loopback';
import { RequestRefused, body, bearerOf, corsHeaders, expectMethod, send, statusOf } from './jsonHttp';

const accountPath = /^\/beraad\/accounts\/([^/]+)(\/reset)?$/;
const fixedPaths = new Set<string>([
  accountPaths.setup,
  accountPaths.login,
  accountPaths.refresh,
  accountPaths.logout,
  accountPaths.me,
  accountPaths.acceptInvitation,
  accountPaths.accounts,
]);

/**
 * The account endpoints of `accountPaths`, next to the WebSocket: JSON in (at most 64 kB, checked
 * against the shared schemas), JSON out, each refusal `{ error }` with a fitting 4xx status.
 */
export function accountEndpoints(service: AccountService): Extension {
  return {
    extensionName: 'accountEndpoints',
    async onRequest({ request, response }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const account = accountPath.exec(path);
      if (!fixedPaths.has(path) && account === null) return;
      try {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, corsHeaders);
          response.end();
        } else {
          await answer(request, response, path, account, service);
        }
      } catch (error) {
        if (!(error instanceof RequestRefused)) throw error;
        send(response, statusOf[error.error], { error: error.error });
      }
      // An empty rejection is Hocuspocus' way to say "answered, skip the default reply".
      throw null;
    },
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, path: string, account: RegExpExecArray | null, service: AccountService) {
  const method = request.method ?? 'GET';
  const caller: Caller = { address: callerAddress(request) };
  const bearer = bearerOf(request);
  const reply = <T>(result: AccountResult<T>, status = 200) => (result.ok ? send(response, status, result.value) : refused(response, result.failure));

  if (account !== null) {
    const id = decodeURIComponent(account[1] ?? '');
    if (account[2] !== undefined) {
      expectMethod(method, 'POST');
      return reply(await service.resetAccount(bearer, id));
    }
    expectMethod(method, 'PATCH');
    return reply(await service.updateAccount(bearer, id, await body(request, updateAccountRequestSchema)));
  }
  switch (path) {
    case accountPaths.setup:
      expectMethod(method, 'POST');
      return reply(await service.setup(await body(request, setupRequestSchema), caller), 201);
    case accountPaths.login:
      expectMethod(method, 'POST');
      return reply(await service.login(await body(request, loginRequestSchema), caller));
    case accountPaths.refresh:
      expectMethod(method, 'POST');
      return reply(await service.refresh((await body(request, refreshRequestSchema)).refreshToken));
    case accountPaths.logout: {
      expectMethod(method, 'POST');
      const result = await service.logout((await body(request, refreshRequestSchema)).refreshToken);
      return result.ok ? send(response, 204, null) : refused(response, result.failure);
    }
    case accountPaths.me:
      expectMethod(method, 'GET');
      return reply(await service.me(bearer));
    case accountPaths.acceptInvitation:
      expectMethod(method, 'POST');
      return reply(await service.acceptInvitation(await body(request, acceptInvitationRequestSchema), caller));
    default:
      if (method === 'GET') {
        const result = await service.listAccounts(bearer);
        return reply(result.ok ? { ok: true, value: { accounts: result.value } } : result);
      }
      expectMethod(method, 'POST');
      return reply(await service.createAccount(bearer, await body(request, createAccountRequestSchema)), 201);
  }
}

function refused(response: ServerResponse, failure: AccountFailure) {
  const retry: Record<string, string> = failure.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(failure.retryAfterSeconds) };
  send(response, statusOf[failure.error], failure, retry);
}

/**
 * The address failed attempts are counted for. Behind a reverse proxy on this machine (the compose
 * file's Caddy) every request comes from loopback, so the proxy's X-Forwarded-For names the caller;
 * from anywhere else that header could be made up and is ignored.
 */
function callerAddress(request: IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-forwarded-for'];
  if (!isLoopbackHost(peer) || typeof forwarded !== 'string') return peer;
  return forwarded.split(',').at(-1)?.trim() || peer;
}
