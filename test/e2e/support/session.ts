import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { Profile } from './browser';
import { serveRenderer } from './server';

/**
 * What each open page showed when a test failed: a failure seen only on CI
 * then says which screen the app was on, not only which wait timed out.
 */
async function describePages(profiles: readonly Profile[]): Promise<void> {
  for (const [index, profile] of profiles.entries()) {
    for (const page of profile.context?.pages() ?? []) {
      const shown = await page.locator('body').innerText({ timeout: 2_000 }).catch((error: Error) => `(niet te lezen: ${error.message})`);
      console.error(`profile ${index + 1}, ${page.url()}:\n${shown.slice(0, 3_000)}`);
    }
  }
}

/**
 * One served renderer per test file and a fresh browser profile (so a fresh
 * IndexedDB) per test. A test fails when its pages requested anything outside
 * the app's own origin.
 */
export function useBrowserSession() {
  let server: Awaited<ReturnType<typeof serveRenderer>> | null = null;
  const profiles: Profile[] = [];
  const alsoAllowed = new Set<string>();
  beforeAll(async () => {
    server = await serveRenderer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async ({ task }) => {
    const used = profiles.splice(0);
    if (task.result?.state === 'fail') await describePages(used);
    for (const profile of used) {
      await profile.close();
      profile.dispose();
    }
    expect(used.flatMap((profile) => profile.foreignRequests), 'requests outside the app’s own origin').toEqual([]);
  });
  return {
    newProfile(parent?: string): Profile {
      const profile = new Profile(server!.url, parent, alsoAllowed);
      profiles.push(profile);
      return profile;
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
