import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useService } from '../services/services';
import { draftRepositoryKey } from '../db/draftRepositoryKey';
import { reportStorageError } from './storageProblems';
import { emergencyKey } from './emergencyCopies';
import { useAutosave } from './useAutosave';

/**
 * Keeps a form's unfinished input in IndexedDB while it is typed, and brings
 * it back when the form opens again, so a crash mid-registration loses nothing.
 * `ready` turns true once any stored draft has been restored, or its read has failed: then
 * `unreadable` is true, and the form should say its earlier draft could not be brought back.
 */
export function useFormDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const drafts = useService(draftRepositoryKey);
  const { saver, status } = useAutosave<unknown>((value) => drafts.save(key, value).then(() => undefined), {
    key: emergencyKey('draft', key),
    label: key,
    toJson: (value) => value,
  });
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    let current = true;
    drafts.load(key).then(
      (draft) => {
        if (!current) return;
        if (draft && typeof draft === 'object') {
          // Against the stored values the form opened with, so what came back counts as changed, as it is.
          form.reset({ ...form.getValues(), ...(draft as T) }, { keepDefaultValues: true });
          setRestored(true);
        }
        setReady(true);
      },
      (error: unknown) => {
        reportStorageError(error);
        if (!current) return;
        // The form works without its draft; it opens, says so, and keeps what is typed now as the draft.
        setUnreadable(true);
        setReady(true);
      },
    );
    return () => {
      current = false;
    };
  }, [drafts, key, form]);

  useEffect(() => {
    if (!ready) return;
    const subscription = form.watch((values) => saver.schedule(values));
    return () => subscription.unsubscribe();
  }, [form, saver, ready]);

  // A draft write may already be under way; deleting before it lands would let the draft come back.
  const discard = async () => {
    saver.cancel();
    await saver.flush();
    await drafts.discard(key);
  };

  /** Runs a save; the draft goes only when it succeeded, so a failed save, or one that answers false (refused), keeps every word. */
  const commit = async (save: () => Promise<boolean | void>): Promise<boolean> => {
    try {
      if ((await save()) === false) return false;
    } catch (error) {
      reportStorageError(error);
      return false;
    }
    await discard().catch(reportStorageError);
    return true;
  };

  return { ready, restored, unreadable, status, discard, commit };
}
