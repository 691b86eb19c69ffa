import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';

/** Offline means offline: only the served app's own origin; data: and blob: never leave the page. */
function leavesOrigin(url: string, appUrl: string, alsoAllowed: ReadonlySet<string>): boolean {
  const { protocol, origin } = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(protocol)) return false;
  return origin !== new URL(appUrl).origin && !alsoAllowed.has(origin);
}

/**
 * A browser profile on disk that outlives the browser, so a test can close or
 * kill Chromium and start it again on the same IndexedDB.
 */
export class Profile {
  readonly dir: string;
  context: BrowserContext | null = null;
  /** Every request that left the served app's origin; useBrowserSession fails the test on any. */
  readonly foreignRequests: string[] = [];
  /** What the app's pages logged as errors, for the report of a failed test. */
  readonly consoleErrors: string[] = [];

  /** `parent` puts the profile on another filesystem, e.g. a small one that fills up. */
  constructor(
    private readonly baseUrl: string,
    parent = tmpdir(),
    /** Origins the app is meant to reach besides its own: the board server a test started. */
    private readonly alsoAllowed: ReadonlySet<string> = new Set(),
  ) {
    this.dir = mkdtempSync(join(parent, 'beraad-profile-'));
  }

  async open(): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.dir, {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    // A wait that a quiet machine passes in a second or two; CI's shared machines have run three to four times slower for minutes at a time.
    this.context.setDefaultTimeout(20_000);
    // Observed, not routed: the app runs as it would, and any page or worker of the context is seen.
    this.context.on('request', (request) => {
      if (leavesOrigin(request.url(), this.baseUrl, this.alsoAllowed)) this.foreignRequests.push(request.url());
    });
    this.context.on('console', (message) => {
      if (message.type() !== 'error') return;
      // An error object logs as its class name only: its message and stack say what went wrong.
      void Promise.all(message.args().map((arg) => arg.evaluate((value) => (value instanceof Error ? `${value.name}: ${value.message}\n${value.stack ?? ''}` : String(value)))))
        .then((parts) => parts.join(' '), () => message.text())
        .then((text) => this.consoleErrors.push(text || message.text()));
    });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(this.baseUrl);
    await page.locator('main').waitFor();
    return page;
  }

  /** A clean close, as a user quitting the browser. */
  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }

  /**
   * Kills every Chromium process of this profile with SIGKILL, as a crash or
   * power cut would: no unload handlers, no orderly shutdown. A persistent
   * context exposes no browser process, so the profile path identifies them.
   */
  async kill(): Promise<void> {
    spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${this.dir}`]);
    await this.context?.close().catch(() => undefined);
    this.context = null;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
