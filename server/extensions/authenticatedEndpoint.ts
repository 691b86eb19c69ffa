import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import type { AccountService } from '../accounts/accountService';
import type { StoredAccount } from '../accounts/accountStore';
import { RequestRefused, bearerOf, corsHeaders, expectMethod, send, statusOf } from './jsonHttp';

export interface AuthenticatedRequest {
  request: IncomingMessage;
  response: ServerResponse;
  instance: Hocuspocus;
  path: string;
  method: string;
  account: StoredAccount;
}

/**
 * An HTTP endpoint for the bearer's account, next to the WebSocket: the
 * preflight answered, the method (when it has one) and then the access token
 * checked, and a RequestRefused thrown by `handle` answered as `{ error }`
 * with its status.
 */
export function authenticatedEndpoint(
  name: string,
  accounts: AccountService,
  serves: (path: string) => boolean,
  method: 'GET' | 'POST' | null,
  handle: (call: AuthenticatedRequest) => Promise<void>,
): Extension {
  return {
    extensionName: name,
    async onRequest({ request, response, instance }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!serves(path)) return;
      try {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, corsHeaders);
          response.end();
        } else {
          if (method !== null) expectMethod(request.method ?? 'GET', method);
          const bearer = bearerOf(request);
          if (bearer === null) throw new RequestRefused('unauthenticated');
          const caller = await accounts.authenticate(bearer);
          if (!caller.ok) throw new RequestRefused(caller.failure.error);
          await handle({ request, response, instance, path, method: request.method ?? 'GET', account: caller.value.account });
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
