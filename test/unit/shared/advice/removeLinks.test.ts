import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { removeLinksWhere } from '@shared/advice/removeLinks';

const bold = { type: 'bold' };
const link = (href: string) => ({ type: 'link', attrs: { href, target: '_blank', rel: 'noopener', class: null } });
const t = (text: string, ...marks: object[]) => ({ type: 'text', text, ...(marks.length > 0 ? { marks } : {}) });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const docOf = (...blocks: object[]): RichText => ({ type: 'doc', content: blocks });

const profile = link('https://x.nl/team/anna');
const report = link('https://x.nl/rapport.pdf');
const aboutAnna = (href: string) => href.includes('anna');

describe('removing links', () => {
  it('keeps the text of a removed link with its other marks, joined to plain text around it', () => {
    const given = docOf(p(t('Zie '), t('het profiel', profile), t(' of '), t('dit', bold, profile), t('.')));
    expect(removeLinksWhere(given, aboutAnna)).toEqual(docOf(p(t('Zie het profiel of '), t('dit', bold), t('.'))));
  });

  it('removes a link that spans several nodes from each of them', () => {
    const given = docOf(p(t('Anna ', profile), t('de', bold, profile), t(' Vries', profile)));
    expect(removeLinksWhere(given, aboutAnna)).toEqual(docOf(p(t('Anna '), t('de', bold), t(' Vries'))));
  });

  it('leaves other links, and text that lost nothing, as they were, and the given document untouched', () => {
    const given = docOf(
      p(t('Lees '), t('het rapport', report), t(' en '), t('nadruk', bold)),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Anna', profile))] }] },
    );
    const before = structuredClone(given);
    expect(removeLinksWhere(given, aboutAnna)).toEqual(
      docOf(p(t('Lees '), t('het rapport', report), t(' en '), t('nadruk', bold)), {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [p(t('Anna'))] }],
      }),
    );
    expect(given).toEqual(before);
  });

  it('gives back what lost no link as it was, so a long document is not copied whole', () => {
    const untouched = p(t('de regeling', bold));
    const given = docOf(untouched, p(t('het rapport', report)), p(t('Anna', profile)));
    const result = removeLinksWhere(given, (href) => href === 'https://x.nl/team/anna');
    expect(result.content![0]).toBe(untouched);
    expect(result.content![1]).toBe(given.content![1]);
    expect(result.content![2]).toEqual(p(t('Anna')));
    expect(removeLinksWhere(given, () => false)).toBe(given);
  });

  it('does not join text that was already separate when no link was removed there', () => {
    const given = docOf(p(t('een '), t('twee')));
    expect(removeLinksWhere(given, () => true)).toEqual(given);
  });
});
