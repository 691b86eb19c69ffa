// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { preloadOnIntent } from '../../../../renderer/app/preloadOnIntent';

describe('preloadOnIntent', () => {
  it('loads the page a link leads to when the pointer or focus reaches it, once, and nothing for other links', () => {
    document.body.innerHTML = `
      <a id="case" href="#/casussen/c-1"><span id="title">Camera's</span></a>
      <a id="meeting" href="#/vergaderingen/m-1">Vergadering</a>
      <a id="outside" href="https://example.org/">Elders</a>`;
    const asked: string[] = [];
    const stop = preloadOnIntent(document, (hash) => asked.push(hash));
    const over = (id: string) => document.getElementById(id)!.dispatchEvent(new Event('pointerover', { bubbles: true }));

    over('title');
    over('case');
    over('outside');
    document.getElementById('meeting')!.focus();
    expect(asked).toEqual(['#/casussen/c-1', '#/vergaderingen/m-1']);

    stop();
    over('case');
    expect(asked).toHaveLength(2);
  });
});
