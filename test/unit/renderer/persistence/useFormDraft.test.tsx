// @vitest-environment jsdom
import { act } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftRepository } from '../../../../renderer/db/draftRepository';
import { dismissStorageProblem, useStorageProblem } from '../../../../renderer/persistence/storageProblems';
import { useFormDraft } from '../../../../renderer/persistence/useFormDraft';
import { renderHook, withServices } from './reactHarness';

/** A one-field form with its draft, as a form component holds them. */
async function formWithDraft(load: () => Promise<unknown>) {
  const save = vi.fn(async () => {});
  const drafts = { load, save, discard: vi.fn(async () => {}) } as unknown as DraftRepository;
  const rendered = await renderHook(
    () => {
      const form = useForm({ defaultValues: { title: '' } });
      return { form, draft: useFormDraft('case:new', form), problem: useStorageProblem() };
    },
    undefined,
    withServices({ drafts }),
  );
  return { ...rendered, save };
}

afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('useFormDraft', () => {
  it('brings a stored draft back into the form', async () => {
    const { result } = await formWithDraft(async () => ({ title: 'Camera’s' }));
    expect(result.current.draft).toMatchObject({ ready: true, restored: true, unreadable: false });
    expect(result.current.form.getValues('title')).toBe('Camera’s');
  });

  it('opens the form when the draft cannot be read, reports it, and keeps new input as the draft', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result, save } = await formWithDraft(async () => {
      throw new Error('kapot');
    });
    expect(result.current.draft).toMatchObject({ ready: true, restored: false, unreadable: true });
    expect(result.current.problem).toBe('unknown');
    await act(async () => result.current.form.setValue('title', 'Drones'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('case:new', { title: 'Drones' }));
  });
});
