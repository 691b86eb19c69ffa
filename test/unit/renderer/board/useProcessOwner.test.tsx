// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useProcessOwner } from '../../../../renderer/board/useProcessOwner';
import { drivenBoardState, renderCounted, signedIn } from './drivenBoardState';

describe('useProcessOwner', () => {
  it('answers the process owner’s account, and is not drawn again when only the count of unshared changes moves', async () => {
    const board = drivenBoardState(signedIn('proceseigenaar'));
    const rendered = await renderCounted(useProcessOwner, board);
    const state = board.current();
    expect(rendered.result.current).toBe('account' in state ? state.account : undefined);

    await board.pend(1);
    await board.pend(2);
    expect(rendered.renders()).toBe(1);

    await board.set(signedIn('lid'));
    expect(rendered.result.current).toBeNull();
    expect(rendered.renders()).toBe(2);
  });
});
