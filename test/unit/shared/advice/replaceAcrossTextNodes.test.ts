import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { applyReplacements, replaceInRichText } from '@shared/advice/replaceAcrossTextNodes';
import { nameMatcher } from '../../../fixtures/nameMatcher';

const find = nameMatcher([
  { name: 'Jan de Vries', role: 'de voorzitter' },
  { name: 'J. de Vries', role: 'de voorzitter' },
  { name: 'Anna', role: 'de inwoner' },
  { name: 'Bram Özdemir', role: 'de privacy officer' },
]);

const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href, target: '_blank', rel: 'noopener', class: null } });
const hardBreak = { type: 'hardBreak' };

const t = (text: string, ...marks: object[]) => ({ type: 'text', text, ...(marks.length > 0 ? { marks } : {}) });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const docOf = (...blocks: object[]): RichText => ({ type: 'doc', content: blocks });

/** The inline content of the one paragraph a document made by `docOf(p(...))` holds, after replacing. */
const replacedInline = (...content: object[]) => {
  const [block] = replaceInRichText(docOf(p(...content)), find).content as { content: unknown[] }[];
  return block!.content;
};

describe('replacing names split over text nodes', () => {
  it('finds a name whose surname is bold, joining the role to the plain text around it', () => {
    expect(replacedInline(t('Volgens Jan '), t('de Vries', bold), t(' klopt het'))).toEqual([t('Volgens de voorzitter klopt het')]);
    expect(replacedInline(t('Volgens ', italic), t('Jan '), t('de Vries', bold), t(' klopt het', italic))).toEqual([
      t('Volgens ', italic),
      t('de voorzitter'),
      t(' klopt het', italic),
    ]);
  });

  it('finds a name half inside a link, and does not turn the role into that link', () => {
    const profile = link('https://example.nl/team');
    expect(replacedInline(t('Mail '), t('Jan de', profile), t(' Vries over de planning'))).toEqual([t('Mail de voorzitter over de planning')]);
    expect(replacedInline(t('Mail '), t('Jan de Vries (team)', profile), t('.'))).toEqual([
      t('Mail '),
      t('de voorzitter (team)', profile),
      t('.'),
    ]);
  });

  it('finds a name in three fragments, keeping only the marks all of them share', () => {
    expect(replacedInline(t('J. '), t('de', italic), t(' Vries'))).toEqual([t('de voorzitter')]);
    expect(replacedInline(t('Jan ', bold), t('de', bold, italic), t(' Vries', bold), t('!'))).toEqual([
      t('de voorzitter', bold),
      t('!'),
    ]);
  });

  it('finds a name at the start and at the end of a block', () => {
    expect(replacedInline(t('Jan', bold), t(' de Vries', bold), t(' opende'))).toEqual([t('de voorzitter', bold), t(' opende')]);
    expect(replacedInline(t('Gesprek met Jan de '), t('Vries', italic))).toEqual([t('Gesprek met de voorzitter')]);
  });

  it('replaces two names next to each other, each with its own marks', () => {
    expect(replacedInline(t('Anna', italic), t('/'), t('Bram ', bold), t('Özdemir', bold))).toEqual([
      t('de inwoner', italic),
      t('/'),
      t('de privacy officer', bold),
    ]);
    expect(replacedInline(t('Anna '), t('Bram', bold), t(' Özdemir'))).toEqual([t('de inwoner de privacy officer')]);
  });

  it('does not match across a hard break or another inline node', () => {
    const content = [t('Jan de'), hardBreak, t('Vries'), { type: 'image', attrs: { src: 'x.png' } }, t(' en Jan de Vries')];
    expect(replacedInline(...content)).toEqual([t('Jan de'), hardBreak, t('Vries'), content[3], t(' en de voorzitter')]);
    expect(replacedInline(t('Anna'), hardBreak, t('Anna'))).toEqual([t('de inwoner'), hardBreak, t('de inwoner')]);
  });

  it('leaves a longer word that contains a name, even when the name is a node of its own', () => {
    const content = [t('Anna', bold), t('lies en Jan de '), t('Vries', italic), t('land'), t(' en Bram Özdemir2')];
    expect(replacedInline(...content)).toEqual(content);
  });

  it('leaves unaffected blocks, text and marks exactly as they were, and the given document untouched', () => {
    const untouched = p(t('Geen namen hier, '), t('wel een link', link('https://example.nl/a')), t(' en '), t('nadruk', bold, italic));
    const given = docOf(
      { type: 'heading', attrs: { level: 2 }, content: [t('Overleg met '), t('Anna', bold)] },
      untouched,
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Jan de '), t('Vries', bold), t(' stemde in'))] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1 }, content: [p(t('J. de'), t(' Vries'))] }] }] },
    );
    const before = structuredClone(given);
    expect(replaceInRichText(given, find)).toEqual(
      docOf(
        { type: 'heading', attrs: { level: 2 }, content: [t('Overleg met '), t('de inwoner', bold)] },
        untouched,
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('de voorzitter stemde in'))] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1 }, content: [p(t('de voorzitter'))] }] }] },
      ),
    );
    expect(given).toEqual(before);
  });

  it('never rewrites a link’s address, only its text', () => {
    const toAnna = link('https://x.nl/Anna');
    expect(replacedInline(t('Vraag '), t('Anna', toAnna))).toEqual([t('Vraag '), t('de inwoner', toAnna)]);
    expect(replacedInline(t('Bram Özdemir', link('https://x.nl/?q=Bram Özdemir')))).toEqual([
      t('de privacy officer', link('https://x.nl/?q=Bram Özdemir')),
    ]);
  });

  it('still replaces names in string attributes such as alt text', () => {
    const image = { type: 'image', attrs: { src: 'foto.png', alt: 'Foto van Anna' } };
    expect(replacedInline(image)).toEqual([{ type: 'image', attrs: { src: 'foto.png', alt: 'Foto van de inwoner' } }]);
  });

  it('leaves no node for a replacement that is empty', () => {
    const [block] = replaceInRichText(docOf(p(t('Anna', bold), t(' en '), t('Bram'))), nameMatcher([{ name: 'Anna', role: '' }]))
      .content as { content: unknown[] }[];
    expect(block!.content).toEqual([t(' en '), t('Bram')]);
  });

  it('keeps a name inside one node in that node, with all its marks', () => {
    expect(replacedInline(t('Volgens Anna de '), t('voorzitter', bold))).toEqual([t('Volgens de inwoner de '), t('voorzitter', bold)]);
    expect(replacedInline(t('Anna en Bram Özdemir', bold, italic))).toEqual([t('de inwoner en de privacy officer', bold, italic)]);
  });

  it('gives back what names nobody as it was, so a long document is not copied whole', () => {
    const untouched = p(t('Het plan', bold), hardBreak, t(' is goed.'));
    const given = docOf(untouched, p(t('Volgens Jan de Vries niet.')));
    const result = replaceInRichText(given, find);
    expect(result.content![0]).toBe(untouched);
    expect(result.content![1]).toEqual(p(t('Volgens de voorzitter niet.')));
    expect(replaceInRichText(docOf(untouched), find).content![0]).toBe(untouched);
  });

  it('applies replacements to a plain string', () => {
    expect(applyReplacements('ab cd ef', [{ from: 0, to: 2, text: 'X' }, { from: 6, to: 8, text: 'YZ' }])).toBe('X cd YZ');
  });
});
