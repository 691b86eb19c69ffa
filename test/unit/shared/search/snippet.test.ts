import { describe, expect, it } from 'vitest';
import { sameSnippet, toSnippet } from '@shared/search/snippet';
import { toTerm } from '@shared/search/terms';

const marked = (snippet: ReturnType<typeof toSnippet>) => snippet.marks.map((mark) => snippet.text.slice(mark.start, mark.end));

describe('toSnippet', () => {
  const filler = (words: number) => Array.from({ length: words }, (_, i) => `woord${i}`).join(' ');

  it('shows the passage around the first match and marks every match in it, none past its end', () => {
    const text = `${filler(40)} De Camera's hangen bij de camera. ${filler(40)} Nog een camera.`;
    const snippet = toSnippet(text, [toTerm('camera')!]);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    expect(snippet.firstMatch).toBe("Camera's");
    expect(marked(snippet)).toEqual(["Camera's", 'camera']);
    expect(snippet.text.startsWith('woord')).toBe(true);
  });

  it('matches a word written with diacritics and the longer forms of a term', () => {
    const snippet = toSnippet('De coördinatie en het coördinatieoverleg; geen camera.', [toTerm('coordinatie')!]);
    expect(marked(snippet)).toEqual(['coördinatie', 'coördinatieoverleg']);
    expect(snippet.cutStart).toBe(false);
  });

  it('shows the start of a text without a match, with nothing marked', () => {
    const snippet = toSnippet(`Geen treffer hier. ${filler(60)}`, [toTerm('camera')!]);
    expect(snippet).toMatchObject({ marks: [], cutStart: false, cutEnd: true, firstMatch: null });
    expect(snippet.text.startsWith('Geen treffer hier.')).toBe(true);
  });
});

describe('sameSnippet', () => {
  it('tells a passage shown the same from one with other marks or another cut', () => {
    const text = 'De camera hangt bij de camera op het plein.';
    const camera = toSnippet(text, [toTerm('camera')!]);
    expect(sameSnippet(camera, toSnippet(text, [toTerm('camera')!]))).toBe(true);
    expect(sameSnippet(camera, toSnippet(text, [toTerm('plein')!]))).toBe(false);
    expect(sameSnippet(camera, { ...camera, marks: camera.marks.slice(1) })).toBe(false);
    expect(sameSnippet(camera, { ...camera, cutEnd: true })).toBe(false);
    expect(sameSnippet(camera, { ...camera, firstMatch: 'Plein' })).toBe(false);
  });
});
