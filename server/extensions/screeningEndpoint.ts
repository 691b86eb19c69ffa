import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import { screeningPaths } from '@shared/screening/screeningCommand';
import { screeningSchema } from '@shared/screening/screeningSchema';
import type { AccountService } from '../accounts/accountService';
import type { ScreeningService } from '../screenings/screeningService';
import { RequestRefused, bearerOf, body, corsHeaders, send, statusOf } from './jsonHttp';

/** A screening with every question of a 500-question template explained at length is some hundreds of kB. */
const maxScreeningBytes = 2 * 1024 * 1024;

/**
 * A project lead's screening commands (`screeningPaths`): the newest
 * templates, their own screenings, and saving one. 200 with the answer, 409
 * with the rule's reasons, 401/403 otherwise.
 */
export function screeningEndpoint(accounts: AccountService, screenings: ScreeningService): Extension {
  return {
    extensionName: 'screeningEndpoint',
    async onRequest({ request, response, instance }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== screeningPaths.templates && path !== screeningPaths.screenings) return;
      try {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, corsHeaders);
          response.end();
        } else {
          await answer(request, response, path, instance, accounts, screenings);
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

async function answer(request: IncomingMessage, response: ServerResponse, path: string, instance: Hocuspocus, accounts: AccountService, screenings: ScreeningService) {
  const method = request.method ?? 'GET';
  const bearer = bearerOf(request);
  if (bearer === null) throw new RequestRefused('unauthenticated');
  const caller = await accounts.authenticate(bearer);
  if (!caller.ok) throw new RequestRefused(caller.failure.error);
  const { account } = caller.value;
  if (path === screeningPaths.templates && method === 'GET') {
    const result = await screenings.templates(instance, account);
    if (result.kind !== 'answered') throw new RequestRefused(result.kind);
    send(response, 200, { templates: result.answer });
  } else if (path === screeningPaths.screenings && method === 'GET') {
    const result = await screenings.list(instance, account);
    if (result.kind !== 'answered') throw new RequestRefused(result.kind);
    send(response, 200, { screenings: result.answer });
  } else if (path === screeningPaths.screenings && method === 'POST') {
    const result = await screenings.save(instance, account, await body(request, screeningSchema, maxScreeningBytes));
    if (result.kind !== 'answered') throw new RequestRefused(result.kind);
    send(response, result.answer.ok ? 200 : 409, result.answer);
  } else {
    throw new RequestRefused('invalid_request');
  }
}
