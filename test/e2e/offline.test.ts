import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@shared/security/contentSecurityPolicy';
import { loadSamples } from './support/app';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

describe('offline means offline', () => {
  it('serves the production CSP in the build the tests run', async () => {
    const page = await session.newProfile().open();
    const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(policies).toEqual([contentSecurityPolicy]);
  });

  it('visits every screen without a request outside the app or a blocked load', async () => {
    const profile = session.newProfile();
    const page = await profile.open();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await loadSamples(page);
    await page.locator('[data-case-row] a').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const links = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    expect(profile.foreignRequests).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('notices a request that leaves the app: the guard every test ends with', async () => {
    const profile = session.newProfile();
    const page = await profile.open();
    // The guard sees every attempt, whether the CSP would block it or not; port 9 refuses at once.
    await page.goto('http://127.0.0.2:9/elders').catch(() => undefined);
    expect(profile.foreignRequests).toEqual(['http://127.0.0.2:9/elders']);
    // Emptied so this one test, which made the request on purpose, passes the teardown check.
    profile.foreignRequests.length = 0;
  });
});
