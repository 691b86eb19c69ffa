// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseRepositoryKey } from '../../../../renderer/cases/caseRepository';
import { meetingRepositoryKey } from '../../../../renderer/meetings/meetingRepositoryKey';
import { methodRepositoryKey } from '../../../../renderer/meetings/methodRepositoryKey';
import { useMeetingData } from '../../../../renderer/meetings/useMeetingData';
import { peopleRepositoryKey } from '../../../../renderer/people/peopleRepositoryKey';
import { dismissStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { renderHook, settle, withServices } from '../persistence/reactHarness';

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

const meeting = { id: 'm1', title: 'Vergadering', agenda: [] };

describe('useMeetingData', () => {
  it('says a read failed instead of loading forever, and reads again when asked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const get = vi.fn().mockRejectedValueOnce(new DOMException('Object store not found', 'NotFoundError')).mockResolvedValue(meeting);
    const services = withServices({
      [meetingRepositoryKey.name]: { get },
      [caseRepositoryKey.name]: { getMany: async () => [] },
      [peopleRepositoryKey.name]: { list: async () => [] },
      [methodRepositoryKey.name]: { latest: async () => [] },
    });
    const { result } = await renderHook(() => useMeetingData('m1'), undefined, services);
    await settle();
    expect(result.current).toMatchObject({ data: undefined, failed: true });
    await act(async () => result.current.reload());
    await settle();
    expect(result.current).toMatchObject({ data: { meeting }, failed: false });
  });
});
