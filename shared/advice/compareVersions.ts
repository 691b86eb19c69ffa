import type { RichText } from '../cases/caseSchema';
import { sectionKeys } from './sectionKeys';
import type { AdviceVersion } from './adviceSchema';

export type BlockState = 'same' | 'removed' | 'added';

export interface ComparedBlock {
  block: unknown;
  state: BlockState;
}

export interface ComparedPart {
  /** A section key, or `recommendations`. */
  key: string;
  changed: boolean;
  left: ComparedBlock[];
  right: ComparedBlock[];
}

/** Marks the top-level blocks only one side has, by a longest common subsequence over their JSON. */
export function compareBlocks(left: readonly unknown[], right: readonly unknown[]): Pick<ComparedPart, 'left' | 'right' | 'changed'> {
  const a = left.map((block) => JSON.stringify(block));
  const b = right.map((block) => JSON.stringify(block));
  // lengths[i][j]: common subsequence length of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const leftStates: BlockState[] = a.map(() => 'removed');
  const rightStates: BlockState[] = b.map(() => 'added');
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      leftStates[i++] = 'same';
      rightStates[j++] = 'same';
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return {
    changed: leftStates.includes('removed') || rightStates.includes('added'),
    left: left.map((block, i) => ({ block, state: leftStates[i]! })),
    right: right.map((block, j) => ({ block, state: rightStates[j]! })),
  };
}

const blocks = (doc: RichText) => doc.content ?? [];

/** A recommendation as one block per recommendation, so a changed direction or mark counts as a change. */
const recommendationBlocks = (version: AdviceVersion) =>
  version.recommendations.map((r) => ({ direction: r.direction, confidential: r.confidential, content: blocks(r.text) }));

/** Two versions side by side, part by part, in document order. */
export function compareVersions(left: AdviceVersion, right: AdviceVersion): ComparedPart[] {
  const parts: ComparedPart[] = sectionKeys
    .filter((key) => key !== 'minorityView')
    .map((key) => ({ key, ...compareBlocks(blocks(left.sections[key]), blocks(right.sections[key])) }));
  parts.push({ key: 'recommendations', ...compareBlocks(recommendationBlocks(left), recommendationBlocks(right)) });
  parts.push({
    key: 'minorityView',
    ...compareBlocks(blocks(left.sections.minorityView), blocks(right.sections.minorityView)),
  });
  return parts;
}

export type ColumnItem =
  | { kind: 'block'; item: ComparedBlock }
  | { kind: 'gap'; items: ComparedBlock[] };

/**
 * Long runs of unchanged blocks fold into one gap, keeping `context` blocks on
 * each side of a change, as diff viewers do: the eye goes to what changed and
 * a long advice does not render twice in full.
 */
export function foldUnchanged(blocks: readonly ComparedBlock[], context = 1): ColumnItem[] {
  const result: ColumnItem[] = [];
  let run: ComparedBlock[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    const keepBefore = atStart ? 0 : context;
    const keepAfter = atEnd ? 0 : context;
    if (run.length <= keepBefore + keepAfter + 1) {
      result.push(...run.map((item) => ({ kind: 'block' as const, item })));
    } else {
      result.push(...run.slice(0, keepBefore).map((item) => ({ kind: 'block' as const, item })));
      result.push({ kind: 'gap', items: run.slice(keepBefore, run.length - keepAfter) });
      result.push(...run.slice(run.length - keepAfter).map((item) => ({ kind: 'block' as const, item })));
    }
    run = [];
  };
  let seenChange = false;
  for (const item of blocks) {
    if (item.state === 'same') {
      run.push(item);
      continue;
    }
    flush(!seenChange, false);
    seenChange = true;
    result.push({ kind: 'block', item });
  }
  flush(!seenChange, true);
  return result;
}
