import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => [] as string[]);
vi.mock('../../../../renderer/cases/CaseListPage', () => (loaded.push('CaseListPage'), { CaseListPage: () => null }));
vi.mock('../../../../renderer/meetings/MeetingPage', () => (loaded.push('MeetingPage'), { MeetingPage: () => null }));

const { preloadPageAt } = await import('../../../../renderer/app/App');

describe('the page the app opens on', () => {
  it('has its code loaded from the route table, for the page at the address only', async () => {
    preloadPageAt('#/vergaderingen/m-1');
    await vi.waitFor(() => expect(loaded).toEqual(['MeetingPage']));

    preloadPageAt('');
    await vi.waitFor(() => expect(loaded).toEqual(['MeetingPage', 'CaseListPage']));

    preloadPageAt('#/bestaat-niet');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaded).toEqual(['MeetingPage', 'CaseListPage']);
  });
});
