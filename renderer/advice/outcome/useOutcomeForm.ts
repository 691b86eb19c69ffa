import { useEffect, useState } from 'react';
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
  /** The form shows what is stored: saved, or cancelled back to it, with nothing typed since. */
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);

  const submit = form.handleSubmit(async (values) => {
    if (!(await run(() => save(values), onSaved))) return;
    await draft.discard().catch(reportStorageError);
    setSaved(true);
  });

  /** Back to what is stored; the reset is scheduled as a draft, which discarding cancels. */
  const cancel = async () => {
    form.reset(stored);
    clear();
    await draft.discard().catch(reportStorageError);
    setSaved(true);
  };

  return { form, draft, reasons, saved, submit, cancel };
}
