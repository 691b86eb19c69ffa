import { serviceKey } from '../services/serviceKey';

/**
 * One window writes, every other one reads: two windows on the same database
 * would otherwise overwrite each other's edits without either knowing. The
 * writer holds a Web Lock for as long as it lives; a reader waits in the lock's
 * queue and becomes the writer when the writer closes or hands over.
 */
const lockName = 'beraad-writer';
const channelName = 'beraad-writer';

export type WindowRole = 'writer' | 'reader';

interface Options {
  onRole(role: WindowRole): void;
  /** Writes what this window still holds; runs before it lets go of the lock. */
  flush(): Promise<void>;
  locks?: LockManager | undefined;
}

export function startWriterLock({ onRole, flush, locks = navigator.locks }: Options) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  let release: (() => void) | null = null;

  /** Holds the lock until `release` is called; the grant makes this window the writer. */
  const hold = () =>
    new Promise<void>((resolve) => {
      release = resolve;
      onRole('writer');
    });

  function waitForTurn(): void {
    void locks!.request(lockName, hold);
  }

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.data !== 'handover' || !release) return;
    const letGo = release;
    release = null;
    // Everything typed here is written before the other window may write.
    void flush().finally(() => {
      onRole('reader');
      letGo();
      waitForTurn();
    });
  });

  if (!locks) {
    // No Web Locks (a very old browser): nothing to coordinate with.
    onRole('writer');
  } else {
    void locks.request(lockName, { ifAvailable: true }, (lock) => {
      if (lock) return hold();
      onRole('reader');
      waitForTurn();
      return undefined;
    });
  }

  return {
    /** Asks the writing window to finish and pass the lock to this one. */
    requestHandover(): void {
      channel?.postMessage('handover');
    },
  };
}

export type WriterLock = ReturnType<typeof startWriterLock>;
export const writerLockKey = serviceKey<WriterLock>('writerLock');
