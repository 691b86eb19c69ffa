import { describe, expect, it } from 'vitest';
import { mergeById } from '@shared/util/mergeById';

const item = (id: string, text = id) => ({ id, text });
const ids = (items: readonly { id: string; text: string }[]) => items.map(({ id, text }) => (id === text ? id : `${id}:${text}`));

describe('mergeById', () => {
  const base = [item('a'), item('b'), item('c')];

  it.each([
    ['nothing changed', base, base, ['a', 'b', 'c']],
    ['they added one at the end', base, [...base, item('d')], ['a', 'b', 'c', 'd']],
    ['they added one in the middle', base, [item('a'), item('x'), item('b'), item('c')], ['a', 'x', 'b', 'c']],
    ['they added one first', base, [item('x'), ...base], ['x', 'a', 'b', 'c']],
    ['I added one, they added another after the same one', [...base, item('m')], [...base, item('t')], ['a', 'b', 'c', 't', 'm']],
    ['they removed one I left alone', base, [item('a'), item('c')], ['a', 'c']],
    ['I removed one they left alone', [item('a'), item('c')], base, ['a', 'c']],
    ['they removed one I changed: my edit stays', [item('a'), item('b', 'nieuw'), item('c')], [item('a'), item('c')], ['a', 'b:nieuw', 'c']],
    ['I removed one they changed: their edit stays', [item('a'), item('c')], [item('a'), item('b', 'hun'), item('c')], ['a', 'b:hun', 'c']],
    ['each changed another one', [item('a', 'mijn'), item('b'), item('c')], [item('a'), item('b'), item('c', 'hun')], ['a:mijn', 'b', 'c:hun']],
    ['both changed the same one: mine', [item('a', 'mijn'), item('b'), item('c')], [item('a', 'hun'), item('b'), item('c')], ['a:mijn', 'b', 'c']],
    ['I reordered, they changed one', [item('c'), item('a'), item('b')], [item('a'), item('b', 'hun'), item('c')], ['c', 'a', 'b:hun']],
  ])('%s', (_case, mine, theirs, expected) => {
    expect(ids(mergeById(base, mine, theirs))).toEqual(expected);
  });

  it('keeps what both added to an empty list', () => {
    expect(ids(mergeById([], [item('m')], [item('t')]))).toEqual(['t', 'm']);
  });
});
