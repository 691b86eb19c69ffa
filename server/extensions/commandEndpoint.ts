import type { Extension, Hocuspocus } from '@hocuspocus/server';
import type { z } from 'zod';
import type { AccountService } from '../accounts/accountService';
import type { StoredAccount } from '../accounts/accountStore';
import { authenticatedEndpoint } from './authenticatedEndpoint';
import { RequestRefused, body, send } from './jsonHttp';

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
  return authenticatedEndpoint(`command ${path}`, accounts, (requested) => requested === path, 'POST', async ({ request, response, instance, account }) => {
    const result = await run(instance, account, await body(request, schema));
    if (result.kind !== 'answered') throw new RequestRefused(result.kind);
    send(response, result.answer.ok ? 200 : 409, result.answer);
  });
}
