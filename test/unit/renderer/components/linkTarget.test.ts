import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../../../renderer/components/richText/linkTarget';

describe('linkTarget', () => {
  it.each([
    ['https://www.gemeente.example/kader', 'https://www.gemeente.example/kader'],
    ['  https://www.gemeente.example  ', 'https://www.gemeente.example/'],
    ['www.gemeente.example/kader', 'https://www.gemeente.example/kader'],
    ['gemeente.example', 'https://gemeente.example/'],
  ])('makes %s a link to %s', (typed, href) => {
    expect(linkTarget(typed)).toEqual({ ok: true, href });
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://www.gemeente.example', 'mailto:a@b.example', 'file:///C:/x', 'https://user:pw@gemeente.example'])(
    'refuses %s as not https',
    (typed) => {
      expect(linkTarget(typed)).toEqual({ ok: false, problem: 'httpsOnly' });
    },
  );

  it('says so when nothing was typed', () => {
    expect(linkTarget('   ')).toEqual({ ok: false, problem: 'empty' });
  });
});
