import { connect, createServer, type Socket } from 'node:net';

export interface SharedAddress {
  /** ws://127.0.0.1:port, the one address the clients know */
  url: string;
  close(): Promise<void>;
}

/**
 * One loopback address in front of several board servers, as a load balancer in front of the
 * instances: each new connection goes to the first port in `ports` that accepts it, and ends
 * when its server goes away, so the client's reconnect lands on a server that still runs.
 */
export async function startSharedAddress(ports: readonly number[]): Promise<SharedAddress> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    forward(client, ports, 0, open);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the shared address has no port');
  return {
    url: `ws://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        open.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

function forward(client: Socket, ports: readonly number[], index: number, open: Set<Socket>) {
  const port = ports[index];
  if (port === undefined || client.destroyed) {
    client.destroy();
    return;
  }
  const upstream = connect(port, '127.0.0.1');
  open.add(upstream);
  upstream.once('close', () => open.delete(upstream));
  const refused = () => {
    upstream.destroy();
    forward(client, ports, index + 1, open);
  };
  upstream.once('error', refused);
  upstream.once('connect', () => {
    upstream.off('error', refused);
    upstream.once('close', () => client.destroy());
    upstream.on('error', () => upstream.destroy());
    client.once('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    client.resume();
  });
}
