import type { Extension } from '@hocuspocus/server';
import { screeningPaths } from '@shared/screening/screeningCommand';
import { screeningSchema } from '@shared/screening/screeningSchema';
import type { AccountService } from '../accounts/accountService';
import type { ScreeningService } from '../screenings/screeningService';
import { authenticatedEndpoint } from './authenticatedEndpoint';
import { RequestRefused, body, send } from './jsonHttp';

/** A screening with every question of a 500-question template explained at length is some hundreds of kB. */
const maxScreeningBytes = 2 * 1024 * 1024;

/**
 * A project lead's screening commands (`screeningPaths`): the newest
 * templates, their own screenings, and saving one. 200 with the answer, 409
 * with the rule's reasons, 401/403 otherwise.
 */
export function screeningEndpoint(accounts: AccountService, screenings: ScreeningService): Extension {
  const served = new Set<string>([screeningPaths.templates, screeningPaths.screenings]);
  return authenticatedEndpoint('screeningEndpoint', accounts, (path) => served.has(path), null, async ({ request, response, instance, path, method, account }) => {
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
  });
}
