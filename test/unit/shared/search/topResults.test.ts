import { describe, expect, it } from 'vitest';
import { TopResults } from '@shared/search/topResults';

const offered = (limit: number, scores: number[]) => {
  const top = new TopResults<{ score: number; n: number }>(limit);
  scores.forEach((score, n) => top.offer({ score, n }));
  return top;
};

describe('TopResults', () => {
  it('keeps the best by score and counts every one offered', () => {
    const top = offered(3, [1, 5, 2, 9, 3, 4]);
    expect(top.best.map((item) => item.score)).toEqual([9, 5, 4]);
    expect(top.count).toBe(6);
  });

  it('keeps equal scores in the order they came, as a stable sort does', () => {
    const top = offered(3, [2, 7, 2, 7, 2, 7]);
    expect(top.best.map((item) => item.n)).toEqual([1, 3, 5]);
    expect(offered(2, [2, 2, 2]).best.map((item) => item.n)).toEqual([0, 1]);
  });

  it('gives the same as sorting everything and taking the first few', () => {
    const scores = Array.from({ length: 500 }, (_, i) => (i * 7919) % 101);
    const sorted = scores.map((score, n) => ({ score, n })).sort((a, b) => b.score - a.score);
    expect(offered(5, scores).best).toEqual(sorted.slice(0, 5));
  });

  it('only counts when it may keep none', () => {
    const top = offered(0, [3, 1]);
    expect(top.best).toEqual([]);
    expect(top.count).toBe(2);
  });
});
