import { useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { Advice } from '@shared/advice/adviceSchema';
import { reportStorageError } from '../../persistence/storageProblems';
import { useFormDraft } from '../../persistence/useFormDraft';
import type { Outcome } from '../adviceRepository';
import { useRefusal } from '../useRefusal';

interface Options<Values extends FieldValues, Valid> {
  schema: z.ZodType<Valid, Values>;
  stored: Values;
  draftKey: string;
  save(values: Valid): Promise<Outcome<Advice>>;
  onSaved(advice: Advice): void;
}

/**
 * One outcome form: validated by its schema, kept as a draft while typed, and
 * saved through a repository call that a rule may refuse. A refusal keeps the
 * input and its draft; only a save that went through drops the draft.
 */
export function useOutcomeForm<Values extends FieldValues, Valid>({ schema, stored, draftKey, save, onSaved }: Options<Values, Valid>) {
  const form = useForm<Values, unknown, Valid>({
    resolver: zodResolver(schema),
    defaultValues: stored as DefaultValues<Values>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  // The draft keeps raw input, so it only needs the form seen by its input type.
  const draft = useFormDraft(draftKey, form as unknown as UseFormReturn<Values>);
  const { reasons, run, clear } = useRefusal();
  /** The input as last saved (or cancelled back to); the form is "saved" while it still shows exactly that. */
  const [settled, setSettled] = useState<string | null>(null);
  const saved = settled !== null && settled === JSON.stringify(form.watch());

  // The draft is dropped only once handleSubmit has finished its own state updates, which may schedule one more draft write.
  const submit = async (event?: BaseSyntheticEvent) => {
    let done = false;
    await form.handleSubmit(async (values) => {
      done = await run(() => save(values), onSaved);
    })(event);
    if (!done) return;
    await draft.discard().catch(reportStorageError);
    setSettled(JSON.stringify(form.getValues()));
  };

  /** Back to what is stored; the reset is scheduled as a draft, which discarding cancels. */
  const cancel = async () => {
    form.reset(stored);
    clear();
    await draft.discard().catch(reportStorageError);
    setSettled(JSON.stringify(form.getValues()));
  };

  return { form, draft, reasons, saved, submit, cancel };
}
