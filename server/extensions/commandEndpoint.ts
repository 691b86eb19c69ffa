import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import type { z } from 'zod';
import type { AccountService } from '../accounts/accountService';
import type { StoredAccount } from '../accounts/accountStore';
import { RequestRefused, bearerOf, body, corsHeaders, expectMethod, send, statusOf } from './jsonHttp';

/** A command's answer: the rules' outcome (`ok` or the reasons why not), or a refusal before the rules were asked. */
export type CommandResult<A extends { ok: boolean }> = { kind: 'answered'; answer: A } | { kind: 'forbidden' } | { kind: 'not_found' };

/**
 * `POST <path>`: a decision the server takes as the bearer's account (an
 * advice decision, a conclusion, a publication). 200 with what was written,
 * 409 with the rules' reasons, 400/401/403/404 otherwise.
 */
export function commandEndpoint<S extends z.ZodType, A extends { ok: boolean }>(
  accounts: AccountService,
  path: string,
  schema: S,
  run: (instance: Hocuspocus, account: StoredAccount, request: z.output<S>) => Promise<CommandResult<A>>,
): Extension {
  return {
    extensionName: `command ${path}`,
    async onRequest({ request, response, instance }: onRequestPayload) {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== path) return;
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
          const result = await run(instance, caller.value.account, await body(request, schema));
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
