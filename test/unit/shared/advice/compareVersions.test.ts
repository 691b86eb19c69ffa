import { describe, expect, it } from 'vitest';
import { compareBlocks, compareVersions, foldUnchanged } from '@shared/advice/compareVersions';
import { doc, paragraph } from '@shared/richText/build';
import { adviceVersion } from '../../../fixtures/advice';

const p = (text: string) => paragraph(text);
const states = (blocks: { state: string }[]) => blocks.map((b) => b.state);

describe('comparing versions', () => {
  it('marks inserted, removed and kept blocks', () => {
    const result = compareBlocks([p('a'), p('b'), p('c')], [p('a'), p('x'), p('c'), p('d')]);
    expect(result.changed).toBe(true);
    expect(states(result.left)).toEqual(['same', 'removed', 'same']);
    expect(states(result.right)).toEqual(['same', 'added', 'same', 'added']);
  });

  it('sees identical parts as unchanged, also when empty', () => {
    expect(compareBlocks([p('a')], [p('a')]).changed).toBe(false);
    expect(compareBlocks([], []).changed).toBe(false);
  });

  it('compares every section and the recommendations, including a changed direction', () => {
    const left = adviceVersion();
    const right = adviceVersion({
      sections: { ...left.sections, considerations: doc(p('Nieuwe afweging')) },
      recommendations: left.recommendations.map((r) => ({ ...r, direction: 'environment' as const })),
    });
    const changed = compareVersions(left, right).filter((part) => part.changed).map((part) => part.key);
    expect(changed).toEqual(['considerations', 'recommendations']);
    expect(compareVersions(left, left).some((part) => part.changed)).toBe(false);
  });
});

describe('folding unchanged blocks', () => {
  const same = (n: number) => Array.from({ length: n }, (_, i) => ({ block: p(`s${i}`), state: 'same' as const }));
  const changed = { block: p('x'), state: 'added' as const };
  const shape = (items: ReturnType<typeof foldUnchanged>) => items.map((i) => (i.kind === 'gap' ? `gap${i.items.length}` : i.item.state));

  it('keeps one block of context around a change and folds the rest', () => {
    expect(shape(foldUnchanged([...same(10), changed, ...same(10)]))).toEqual(['gap9', 'same', 'added', 'same', 'gap9']);
  });

  it('folds nothing when the run is short, and everything when nothing changed', () => {
    expect(shape(foldUnchanged([...same(2), changed, ...same(2)]))).toEqual(['same', 'same', 'added', 'same', 'same']);
    expect(shape(foldUnchanged(same(5)))).toEqual(['gap5']);
    expect(shape(foldUnchanged([changed, ...same(3), changed]))).toEqual(['added', 'same', 'same', 'same', 'added']);
  });
});
