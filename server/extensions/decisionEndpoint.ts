import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { decisionPath, decisionRequestSchema } from '@shared/advice/decisionRequest';
import type { AccountService } from '../accounts/accountService';
import type { DecisionService } from '../decisions/decisionService';
import { RequestRefused, bearerOf, body, corsHeaders, expectMethod, send, statusOf } from './jsonHttp';

/**
 * `POST /beraad/decisions`: a review, approval or status step of an advice
 * version, decided by the server as the bearer's account. 200 with the
 * version as written, 409 with the rules' reasons, 401/403/404 otherwise.
 */
export function decisionEndpoint(accounts: AccountService, decisions: DecisionService): Extension {
  return {
    extensionName: 'decisionEndpoint',
    async onRequest({ request, response, instance }: onRequestPayload) {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== decisionPath) return;
      try {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, corsHeaders);
          response.end();
        } else {
          expectMethod(request.method ?? 'GET', 'POST');
          const bearer = bearerOf(request);
          if (bearer === null) throw new RequestRefused('unauthenticated');
          const caller = await accounts.authenticate(bearer);
          if (!caller.ok) throw new RequestRefused(caller.failure.error);
          const result = await decisions.decide(instance, caller.value.account, await body(request, decisionRequestSchema));
          if (result.kind !== 'answered') throw new RequestRefused(result.kind);
          send(response, result.answer.ok ? 200 : 409, result.answer);
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
