import { afterAll, afterEach, beforeAll } from 'vitest';
import { Profile } from './browser';
import { serveRenderer } from './server';

/** One served renderer per test file and a fresh browser profile (so a fresh IndexedDB) per test. */
export function useBrowserSession() {
  let server: Awaited<ReturnType<typeof serveRenderer>> | null = null;
  const profiles: Profile[] = [];
  beforeAll(async () => {
    server = await serveRenderer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    for (const profile of profiles.splice(0)) {
      await profile.close();
      profile.dispose();
    }
  });
  return {
    newProfile(parent?: string): Profile {
      const profile = new Profile(server!.url, parent);
      profiles.push(profile);
      return profile;
    },
    get url(): string {
      return server!.url;
    },
  };
}
