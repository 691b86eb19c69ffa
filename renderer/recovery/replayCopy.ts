import type { RichText } from '@shared/cases/caseSchema';
import type { CaseRepository } from '../cases/caseRepository';
import type { DraftRepository } from '../db/draftRepository';
import type { NoteKey, NoteRepository } from '../meetings/noteRepository';
import type { EmergencyCopy } from '../persistence/emergencyCopies';

interface Writers {
  cases: Pick<CaseRepository, 'saveDescription'>;
  notes: Pick<NoteRepository, 'save'>;
  drafts: Pick<DraftRepository, 'save'>;
}

/**
 * Writes a kept copy back where it came from, for the kinds whose copy holds
 * all the write needs; the others are saved as a file and typed in again.
 * Returns null when this kind cannot be written back.
 */
const replayableKinds: readonly string[] = ['description', 'note', 'draft'];
export const copyKind = (copy: EmergencyCopy) => copy.key.slice(0, copy.key.indexOf(':'));

export function replayCopy({ cases, notes, drafts }: Writers, copy: EmergencyCopy): Promise<unknown> | null {
  const id = copy.key.slice(copy.key.indexOf(':') + 1);
  switch (copyKind(copy)) {
    case 'description':
      return cases.saveDescription(id, copy.value as RichText);
    case 'note': {
      const { item, doc } = copy.value as { item: NoteKey; doc: RichText };
      return notes.save(item, doc);
    }
    case 'draft':
      return drafts.save(id, copy.value);
    default:
      return null;
  }
}

export const canReplay = (copy: EmergencyCopy) => replayableKinds.includes(copyKind(copy));
