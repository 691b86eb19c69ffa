// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useProjectLead } from '../../../../renderer/board/useProjectLead';
import { renderHook, withServices } from '../persistence/reactHarness';
import { drivenBoardState, signedIn } from './drivenBoardState';

describe('useProjectLead', () => {
  it('tells a project lead, and is not drawn again when only the count of unshared changes moves', async () => {
    const board = drivenBoardState(signedIn('projectleider'));
    let renders = 0;
    const rendered = await renderHook(
      () => {
        renders++;
        return useProjectLead();
      },
      null,
      withServices({ boardMode: board.service }),
    );
    expect(rendered.result.current).toBe(true);

    await board.pend(1);
    expect(renders).toBe(1);

    await board.set({ mode: 'solo' });
    expect(rendered.result.current).toBe(false);
  });
});
