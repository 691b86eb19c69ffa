export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Holds the latest unsaved value and writes it after a quiet period, or at
 * once on flush. Writes run one after another, so an older value can never
 * land after a newer one. The status says 'saved' only once the write has
 * resolved, never optimistically. After the Excalidraw pattern: debounce with
 * an explicit flush for blur, navigation and quit. `maxWaitMs` bounds how long
 * someone typing without pause can go unsaved.
 */
export class DebouncedSaver<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | null = null;
  private queue: Promise<void> = Promise.resolve();
  private currentStatus: SaveStatus = 'saved';
  private failures = 0;

  /**
   * `onStatus` gets the error and the value that did not reach storage when a
   * write fails. After a failure the write is tried again after each of
   * `retryDelaysMs` in turn (the last one repeating), until it lands.
   */
  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly delayMs: number,
    private readonly onStatus: (status: SaveStatus, error?: unknown, unsaved?: T) => void = () => {},
    private readonly maxWaitMs = Infinity,
    private readonly retryDelaysMs: readonly number[] = [],
  ) {}

  get status(): SaveStatus {
    return this.currentStatus;
  }

  schedule(value: T): void {
    this.pending = { value };
    this.setStatus('pending');
    clearTimeout(this.timer);
    const now = Date.now();
    this.pendingSince ??= now;
    const wait = Math.max(0, Math.min(this.delayMs, this.pendingSince + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Writes whatever is pending now and resolves when every queued write has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.pendingSince = null;
    const next = this.pending;
    if (next) {
      this.pending = null;
      this.setStatus('saving');
      this.queue = this.queue.then(() =>
        this.write(next.value).then(
          () => {
            this.failures = 0;
            if (!this.pending) this.setStatus('saved');
          },
          (error: unknown) => {
            // Keep the unsaved value so the next flush tries again; never drop text.
            this.pending ??= next;
            this.setStatus('error', error, this.pending.value);
            this.retryLater();
          },
        ),
      );
    }
    return this.queue;
  }

  /** Forgets the pending value; for when what it describes is gone (a submitted draft). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pendingSince = null;
    this.pending = null;
    // Nothing is left to write; a write already under way still reports its own outcome.
    if (this.currentStatus !== 'saving') this.setStatus('saved');
  }

  private retryLater(): void {
    if (this.retryDelaysMs.length === 0) return;
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)]!;
    this.failures++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private setStatus(status: SaveStatus, error?: unknown, unsaved?: T): void {
    if (status === this.currentStatus && error === undefined) return;
    this.currentStatus = status;
    this.onStatus(status, error, unsaved);
  }
}
