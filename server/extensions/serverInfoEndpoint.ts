import type { Extension, onRequestPayload } from '@hocuspocus/server';
import type { ServerInfo } from '@shared/sync/handshake';
import { serverInfoPath } from '@shared/sync/protocol';

/**
 * Answers `GET /beraad/info` next to the WebSocket, so the app can tell a Beraad server
 * of a version it speaks from a wrong address before it connects. Any origin may read
 * it: the app runs from file:// or a loopback page, and the answer holds nothing private.
 */
export function serverInfoEndpoint(info: ServerInfo): Extension {
  const body = JSON.stringify(info);
  return {
    extensionName: 'serverInfoEndpoint',
    async onRequest({ request, response }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== serverInfoPath || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      // An empty rejection is Hocuspocus' way to say "answered, skip the default reply".
      throw null;
    },
  };
}
