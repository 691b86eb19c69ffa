import { describe, expect, it } from 'vitest';
import { plainText } from '@shared/richText/plainText';

describe('plain text of a document', () => {
  it('joins inline text and separates blocks, also inside unknown nodes', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Een ' }, { type: 'text', text: 'zin', marks: [{ type: 'bold' }] }] },
        { type: 'unknownBox', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Binnenin' }] }] },
        { type: 'mermaidDiagram', attrs: { source: 'graph' } },
      ],
    };
    expect(plainText(doc)).toBe('Een zin\nBinnenin');
  });

  it('survives garbage and absurd nesting', () => {
    expect(plainText(null)).toBe('');
    expect(plainText('tekst')).toBe('');
    let deep: unknown = { type: 'text', text: 'diep' };
    for (let i = 0; i < 500; i++) deep = { type: 'x', content: [deep] };
    expect(plainText(deep)).toBe('');
  });
});
