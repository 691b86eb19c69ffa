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
export function replayCopy({ cases, notes, drafts }: Writers, copy: EmergencyCopy): Promise<unknown> | null {
  const split = copy.key.indexOf(':');
  const kind = copy.key.slice(0, split);
  const id = copy.key.slice(split + 1);
  switch (kind) {
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

export const canReplay = (copy: EmergencyCopy) => ['description', 'note', 'draft'].some((kind) => copy.key.startsWith(`${kind}:`));
