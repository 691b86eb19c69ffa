import { useEffect, useRef, useState } from 'react';
import type { Extensions } from '@tiptap/core';
import type { RichText } from '@shared/cases/caseSchema';
import { sharedTextName, type SharedTextRef } from '@shared/sync/sharedTextNames';
import type { RichTextPreset } from '../components/richTextExtensions';
import { useService } from '../services/services';
import { reportStorageError } from '../persistence/storageProblems';
import { boardModeKey } from '../sync/boardMode';
import { caretColor } from './caretColor';
import { accountOf, useBoardStatePart } from './useBoardState';

/** `alone`: the editor keeps its own text, as always; `shared`: it types in the board's shared text, with these extensions. */
export type SharedTextState =
  | { kind: 'alone' }
  | { kind: 'loading' }
  | { kind: 'shared'; extensions: Extensions; replace(value: RichText): void };

/**
 * Binds an editor to a shared text in board mode, so that everyone who has
 * it open types in the same text and sees the others' cursors. `stored` is
 * what this machine holds for the text: it fills a shared text nobody has
 * typed in yet (a note written before board mode).
 */
export function useSharedText(caseId: string, ref: SharedTextRef | null, preset: RichTextPreset, stored: RichText | null): SharedTextState {
  const { table = null, key = null, path = null } = ref ?? {};
  const board = useService(boardModeKey);
  const account = useBoardStatePart(accountOf);
  const alone = useBoardStatePart((state) => state.mode === 'solo');
  const [shared, setShared] = useState<{ name: string; state: SharedTextState } | null>(null);
  const seed = useRef(stored);
  useEffect(() => {
    seed.current = stored;
  });

  // Bound only once the stored text is known: a shared text left empty would overwrite it with the first keystroke.
  const known = stored !== null;
  useEffect(() => {
    if (alone || table === null || key === null || path === null || !known) return;
    let current = true;
    void Promise.all([board.sharedText(caseId, { table, key, path }), import('../components/richText/collaboration')])
      .then(([binding, { collaborationExtensions, replaceSharedText, seedSharedText }]) => {
        if (!binding || !current) return;
        seedSharedText(binding, preset, seed.current!);
        const user = { name: account?.name ?? '', color: caretColor(account?.id ?? '') };
        setShared({
          name: binding.name,
          state: { kind: 'shared', extensions: collaborationExtensions(binding, user), replace: (value) => replaceSharedText(binding, preset, value) },
        });
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [alone, known, board, caseId, table, key, path, preset, account?.id, account?.name]);

  if (alone) return { kind: 'alone' };
  return ref && shared?.name === sharedTextName(ref) ? shared.state : { kind: 'loading' };
}
