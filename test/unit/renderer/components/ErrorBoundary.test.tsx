// @vitest-environment jsdom
import { Suspense } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../renderer/components/ErrorBoundary';
import { forgetFailedLoads, lazyComponent } from '../../../../renderer/components/lazyComponent';
import { PageFailure } from '../../../../renderer/components/PageFailure';
import { StorageBanner } from '../../../../renderer/components/StorageBanner';
import { WindowFailure } from '../../../../renderer/components/WindowFailure';
import { initI18n } from '../../../../renderer/i18n/i18n';
import { dismissStorageProblem, reportIfStorageError } from '../../../../renderer/persistence/storageProblems';
import { render, settle } from '../persistence/reactHarness';

/** Until the page shows: its load waits for the strings the first screen left out, too. */
const pageShown = (container: HTMLElement) =>
  vi.waitFor(async () => {
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Personen');
  });

const Page = ({ title }: { title: string }) => <h1>{title}</h1>;

/** A lazy page whose first load fails (the browser offline), and whose next one brings the code. */
function pageFailingOnce() {
  const answers = [() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Page.js')), () => Promise.resolve({ Page })];
  const load = vi.fn(() => answers.shift()!());
  return { load, LazyPage: lazyComponent(load, 'Page') };
}

const shown = (resetKey: string, LazyPage: typeof Page, resets: () => void = forgetFailedLoads) => (
  <ErrorBoundary
    resetKey={resetKey}
    onReset={resets}
    fallback={(_error, retry) => (
      <button type="button" onClick={retry}>
        Opnieuw
      </button>
    )}
  >
    <Suspense fallback={<p>laden</p>}>
      <LazyPage title="Personen" />
    </Suspense>
  </ErrorBoundary>
);

describe('a lazy page in an error boundary', () => {
  it('shows the failure of its load once, instead of loading again and again, and loads again when retried', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load, LazyPage } = pageFailingOnce();
    const { container, unmount } = await render(shown('/personen', LazyPage));
    await vi.waitFor(async () => {
      await settle();
      expect(container.querySelector('button')?.textContent).toBe('Opnieuw');
    });
    expect(load).toHaveBeenCalledTimes(1);

    container.querySelector('button')!.click();
    await pageShown(container);
    expect(load).toHaveBeenCalledTimes(2);
    await unmount();
  });

  it('tries again when the user goes to another page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { load, LazyPage } = pageFailingOnce();
    const resets = vi.fn(forgetFailedLoads);
    const { container, rerender, unmount } = await render(shown('/personen', LazyPage, resets));
    await vi.waitFor(async () => {
      await settle();
      expect(container.querySelector('button')).not.toBeNull();
    });

    await rerender(shown('/casussen', LazyPage, resets));
    await pageShown(container);
    expect(resets).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(2);
    await unmount();
  });
});

describe('the words for a failure', () => {
  beforeAll(() => initI18n('nl'));

  const failing = (error: Error) => {
    const Page = (): never => {
      throw error;
    };
    return (
      <>
        <StorageBanner />
        <ErrorBoundary onError={reportIfStorageError} fallback={(failure, retry) => <PageFailure error={failure} onRetry={retry} />}>
          <Page />
        </ErrorBoundary>
      </>
    );
  };

  it('names the storage when the page failed on it, in the storage banner too, and promises nothing about what was saved', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const full = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    const { container, unmount } = await render(failing(full));
    expect(container.querySelector('[data-page-failure] p')?.textContent).toMatch(/^Deze pagina kon niet worden getoond, omdat de opslag een probleem meldt/);
    expect(container.textContent).not.toContain('Wat al was opgeslagen, is bewaard');
    expect(container.querySelector('.app-banner')).not.toBeNull();
    await unmount();
    dismissStorageProblem();
  });

  it('keeps the storage banner out of a failure that is not the storage', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, unmount } = await render(failing(new TypeError('x is undefined')));
    expect(container.querySelector('[data-page-failure] p')?.textContent).toMatch(/^Er ging iets mis bij het tonen van deze pagina\. Wat al was opgeslagen, is bewaard\./);
    expect(container.querySelector('.app-banner')).toBeNull();
    await unmount();
  });
});

describe('the boundary of last resort', () => {
  beforeAll(() => initI18n('nl'));

  it('shows, in place of a window whose header failed, why and how to go on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Header = (): never => {
      throw new Error('kapot');
    };
    const { container, unmount } = await render(
      <ErrorBoundary fallback={() => <WindowFailure />}>
        <Header />
      </ErrorBoundary>,
    );
    expect(container.querySelector('h1')?.textContent).toBe('Beraad kon dit venster niet tonen');
    expect(container.querySelector('button')?.textContent).toBe('Venster opnieuw laden');
    await unmount();
  });
});
