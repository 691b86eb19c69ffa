import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { Profile } from './browser';
import { keepDownload, type Downloaded } from './download';
import { serveRenderer } from './server';

/**
 * What each open page showed when a test failed. It is thrown as an error of
 * its own, which the reporter prints under the failure: a failure seen only on
 * CI, whose log is read from its end, then says which screen the app was on,
 * not only which wait timed out.
 */
async function pagesShown(profiles: readonly Profile[]): Promise<string> {
  const shown: string[] = [];
  for (const [index, profile] of profiles.entries()) {
    for (const page of profile.context?.pages() ?? []) {
      const text = await page.locator('body').innerText({ timeout: 2_000 }).catch((error: Error) => `(niet te lezen: ${error.message})`);
      shown.push(`profile ${index + 1}, ${page.url()}: ${text.replace(/\s+/g, ' ').slice(0, 1_200)}`);
    }
    for (const error of profile.consoleErrors.slice(-5)) shown.push(`profile ${index + 1} logged: ${error.slice(0, 1_000)}`);
  }
  return shown.join('\n');
}

/**
 * One served renderer and one folder for downloads per test file, and a
 * fresh browser profile (so a fresh IndexedDB) per test. A test fails when its
 * pages requested anything outside the app's own origin.
 */
export function useBrowserSession() {
  let server: Awaited<ReturnType<typeof serveRenderer>> | null = null;
  let downloads = '';
  let downloaded = 0;
  const profiles: Profile[] = [];
  const alsoAllowed = new Set<string>();
  beforeAll(async () => {
    server = await serveRenderer();
    downloads = await mkdtemp(join(tmpdir(), 'beraad-downloads-'));
  });
  afterAll(async () => {
    await server?.close();
    await rm(downloads, { recursive: true, force: true });
  });
  afterEach(async ({ task }) => {
    const used = profiles.splice(0);
    const shown = task.result?.state === 'fail' ? await pagesShown(used) : '';
    for (const profile of used) {
      await profile.close();
      profile.dispose();
    }
    expect(used.flatMap((profile) => profile.foreignRequests), 'requests outside the app’s own origin').toEqual([]);
    if (shown) throw new Error(`Op het scherm toen de test faalde:\n${shown}`);
  });
  return {
    newProfile(parent?: string): Profile {
      const profile = new Profile(server!.url, parent, alsoAllowed);
      profiles.push(profile);
      return profile;
    },
    /** Does what makes the app download a file (a click) and keeps the file. */
    download(page: Page, start: () => Promise<unknown>): Promise<Downloaded> {
      return keepDownload(page, start, downloads, ++downloaded);
    },
    /** Lets the app reach this origin too (a board server the test started); anything else still fails the test. */
    allow(url: string): void {
      alsoAllowed.add(new URL(url).origin);
    },
    get url(): string {
      return server!.url;
    },
  };
}
