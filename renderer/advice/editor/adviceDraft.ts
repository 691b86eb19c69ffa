import type { RichText } from '@shared/cases/caseSchema';
import type { SectionKey } from '@shared/advice/sectionKeys';
import type { AdviceVersion, Direction } from '@shared/advice/adviceSchema';
import type { DocSnapshot } from '../../components/RichTextEditor';
import type { VersionContent } from '../adviceRepository';

/** A text as loaded, or as last typed (serialized only when saved). */
export type TextState = RichText | DocSnapshot;

export interface DraftRecommendation {
  id: string;
  direction: Direction | null;
  confidential: boolean;
  text: TextState;
}

/** The editor's working copy of a version's text. */
export interface AdviceDraft {
  sections: Record<SectionKey, TextState>;
  confidentialSections: SectionKey[];
  recommendations: DraftRecommendation[];
}

const resolve = (text: TextState): RichText => (typeof text === 'function' ? text() : text);

export function draftOf(version: AdviceVersion): AdviceDraft {
  return {
    sections: { ...version.sections },
    confidentialSections: [...version.confidentialSections],
    recommendations: version.recommendations.map((r) => ({ ...r })),
  };
}

/** What is written: every typed text serialized now. */
export function contentOf(draft: AdviceDraft): VersionContent {
  return {
    sections: Object.fromEntries(
      Object.entries(draft.sections).map(([key, text]) => [key, resolve(text)]),
    ) as VersionContent['sections'],
    confidentialSections: draft.confidentialSections,
    recommendations: draft.recommendations.map((r) => ({ ...r, text: resolve(r.text) })),
  };
}
