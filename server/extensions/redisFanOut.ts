import { Redis } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload, beforeBroadcastStatelessPayload, onAwarenessUpdatePayload, onChangePayload } from '@hocuspocus/server';
import { ServiceUnavailable } from '../serviceUnavailable';
import { serverTexts } from '../serverTexts';

type RedisClient = Redis['pub'];

/**
 * Hocuspocus' Redis extension, so several instances serve the same documents: every update
 * and presence change one instance receives reaches the others' clients through Redis.
 *
 * Changed: no Redis lock around writing a document. Upstream lets only the lock holder write
 * and skips the others' writes, so while Redis is away no instance would write anything;
 * PostgresStorage merges every write into the row instead, so every instance may write.
 *
 * Changed: while Redis is away the server keeps serving. Hocuspocus calls onChange and
 * onAwarenessUpdate without waiting or catching, so upstream's failed publish would be an
 * unhandled rejection, which ends a Node process; here a publish that fails is dropped (ioredis
 * holds it until Redis is back or its retries run out), and a document opened meanwhile opens
 * without waiting for its subscription.
 *
 * Added: the connection comes from one `redis://` or `rediss://` address, `whenReady()` rejects
 * with ServiceUnavailable when Redis cannot be reached, and a connection lost later is said
 * once in Dutch (ioredis keeps reconnecting) instead of a stack trace per attempt.
 */
export class RedisFanOut extends Redis {
  private readonly ready: Promise<void>;
  private wasReady = false;
  private outage = false;

  constructor(url: string) {
    super(connectionOf(url));
    const clients = [this.pub, this.sub];
    for (const client of clients) {
      client.on('error', () => this.connectionLost());
      client.on('ready', () => this.connectionBack(clients));
    }
    this.ready = Promise.all(clients.map(untilReady)).then(
      () => {
        this.wasReady = true;
      },
      (error: unknown) => {
        throw new ServiceUnavailable('redis', url, error);
      },
    );
    // Nothing may wait yet; the failure is reported by whenReady(), which listen() awaits.
    this.ready.catch(() => undefined);
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  override async onStoreDocument() {
    // Deliberately no lock: see the class comment.
  }

  override onChange(data: onChangePayload) {
    return super.onChange(data).catch(() => undefined);
  }

  override onAwarenessUpdate(data: onAwarenessUpdatePayload) {
    return super.onAwarenessUpdate(data).catch(() => undefined);
  }

  /** Answers how many instances the message reached: none, when Redis is away. */
  override beforeBroadcastStateless(data: beforeBroadcastStatelessPayload) {
    return super.beforeBroadcastStateless(data).catch(() => 0);
  }

  override async afterLoadDocument(data: afterLoadDocumentPayload) {
    const subscribed = super.afterLoadDocument(data).catch(() => undefined);
    if (this.sub.status === 'ready') await subscribed;
  }

  override async onDestroy() {
    if (this.pub.status === 'ready' && this.sub.status === 'ready') return super.onDestroy();
    // Redis away: a QUIT would wait in ioredis' offline queue until its retries run out.
    this.pub.disconnect(false);
    this.sub.disconnect(false);
  }

  private connectionLost() {
    if (!this.wasReady || this.outage) return;
    this.outage = true;
    console.error(serverTexts.redisLost);
  }

  private connectionBack(clients: readonly RedisClient[]) {
    if (!this.outage || clients.some((client) => client.status !== 'ready')) return;
    this.outage = false;
    console.error(serverTexts.redisBack);
  }
}

function connectionOf(url: string) {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    options: {
      username: parsed.username === '' ? undefined : decodeURIComponent(parsed.username),
      password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
      db: db === '' ? 0 : Number(db),
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
      connectTimeout: 10_000,
    },
  };
}

/** Resolves once the client can take commands; rejects with the first connection error before that. */
function untilReady(client: RedisClient): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ready = () => {
      client.off('error', failed);
      resolve();
    };
    const failed = (error: unknown) => {
      client.off('ready', ready);
      reject(error);
    };
    client.once('ready', ready);
    client.once('error', failed);
  });
}
