// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useProjectLead } from '../../../../renderer/board/useProjectLead';
import { drivenBoardState, renderCounted, signedIn } from './drivenBoardState';

describe('useProjectLead', () => {
  it('tells a project lead, and is not drawn again when only the count of unshared changes moves', async () => {
    const board = drivenBoardState(signedIn('projectleider'));
    const rendered = await renderCounted(useProjectLead, board);
    expect(rendered.result.current).toBe(true);

    await board.pend(1);
    expect(rendered.renders()).toBe(1);

    await board.set({ mode: 'solo' });
    expect(rendered.result.current).toBe(false);
  });
});
