import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface YjsClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the server has acknowledged every local edit. */
  acknowledged(): Promise<void>;
  close(): void;
}

const defaultWaitMs = 5000;

/** Settles with the promise, or rejects naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, what: string, ms = defaultWaitMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A real Yjs client on Node, as the app connects (Node 20 has no WebSocket of its own). `token` is the
 * whole connection token: `helloToken(session.accessToken)` as the app sends it, or anything a test makes up.
 */
export function openClient(url: string, documentName: string, token: string): YjsClient {
  // No reconnect storm in tests: a client that loses its server waits 100 ms between attempts.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, factor: 1, minDelay: 100, maxDelay: 100 });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentName, document: doc, token });
  provider.attach();
  return {
    doc,
    provider,
    acknowledged: () =>
      within(
        new Promise<void>((resolve) => {
          const check = () => {
            if (provider.synced && !provider.hasUnsyncedChanges) {
              provider.off('unsyncedChanges', check);
              resolve();
            }
          };
          provider.on('unsyncedChanges', check);
          check();
        }),
        `the server acknowledges the edits to ${documentName}`,
      ),
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Opens a client with the connection token and waits until it holds the server's state of the document. */
export async function connectClient(url: string, documentName: string, token: string): Promise<YjsClient> {
  const client = openClient(url, documentName, token);
  try {
    await within(new Promise((resolve) => (client.provider.synced ? resolve(undefined) : client.provider.on('synced', resolve))), `${documentName} syncs`);
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

/** Resolves with the reason the server gives for refusing the client's document. */
export function refusal(client: YjsClient, what = 'the server refuses the document'): Promise<string> {
  return within(new Promise<string>((resolve) => client.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason))), what);
}

/** Resolves once the client's text `key` reads `expected`. */
export function textArrives(client: YjsClient, key: string, expected: string): Promise<void> {
  const text = client.doc.getText(key);
  return within(
    new Promise<void>((resolve) => {
      const check = () => {
        if (text.toString() === expected) {
          text.unobserve(check);
          resolve();
        }
      };
      text.observe(check);
      check();
    }),
    `"${expected}" arrives in ${key}`,
  );
}
