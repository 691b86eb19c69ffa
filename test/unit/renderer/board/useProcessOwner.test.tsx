// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useProcessOwner } from '../../../../renderer/board/useProcessOwner';
import { renderHook, withServices } from '../persistence/reactHarness';
import { drivenBoardState, signedIn } from './drivenBoardState';

describe('useProcessOwner', () => {
  it('answers the process owner’s account, and is not drawn again when only the count of unshared changes moves', async () => {
    const board = drivenBoardState(signedIn('proceseigenaar'));
    let renders = 0;
    const rendered = await renderHook(
      () => {
        renders++;
        return useProcessOwner();
      },
      null,
      withServices({ boardMode: board.service }),
    );
    const state = board.current();
    expect(rendered.result.current).toBe('account' in state ? state.account : undefined);

    await board.pend(1);
    await board.pend(2);
    expect(renders).toBe(1);

    await board.set(signedIn('lid'));
    expect(rendered.result.current).toBeNull();
    expect(renders).toBe(2);
  });
});
