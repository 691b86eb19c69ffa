import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import { governmentDomains } from '@shared/publication/linkDomains';
import type { NameRole } from '@shared/publication/nameFinder';
import { passesElevenTest } from '@shared/publication/personalData';
import { createPublicFilter, findingKey, type PublicationContext } from '@shared/publication/publicFilter';
import type { DecisionRecord } from '@shared/publication/publicationRecord';
import { dutchWords } from '../../../fixtures/dutchWords';

const prose = readFileSync(new URL('../../../fixtures/publication/municipalProse.txt', import.meta.url), 'utf8');
const paragraphs = prose.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/* One-word names and surnames that are everyday Dutch words, as the issue found them over-replaced. */
const register: NameRole[] = [
  ...['Roos', 'Wit', 'Mark', 'Berg', 'Van', 'Hart', 'Dam'].map((name) => ({ name, role: 'Inwoner' })),
  ...['Sanne Visser', 'Gerrit Bakker', 'Pieter de Boer', 'Roos van Dam', 'Emma Vos', 'Eline Smit', 'Henk ’t Hart', 'Tim de Jong'].map((name) => ({ name, role: 'Lid' })),
  ...['Femke ten Brink', 'Daan van ’t Hof', 'Joost van Leeuwen', 'Kees van der Linden', 'Wim Mulder', 'Lieke Meijer', 'Lotte ter Horst'].map((name) => ({ name, role: 'Lid' })),
];

const context = (overrides: Partial<PublicationContext> = {}): PublicationContext => ({
  names: register,
  words: dutchWords(),
  linkDomains: [...governmentDomains, 'hengelo.nl'],
  mode: 'review',
  decisions: [],
  ...overrides,
});

const doc = (...texts: string[]): RichText => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('no over-replacement: municipal prose full of words that are also names', () => {
  it('changes nothing in a few thousand words, as plain text or as rich text', () => {
    expect(prose.split(/\s+/).length).toBeGreaterThan(2000);
    const filter = createPublicFilter(context());
    expect(filter.filter(paragraphs)).toEqual(paragraphs);
    expect(filter.filter(doc(...paragraphs))).toEqual(doc(...paragraphs));
    expect(filter.findings().filter((f) => f.replaced)).toEqual([]);
  });

  it('lists the capitalised one-word matches for review instead of replacing them', () => {
    const filter = createPublicFilter(context());
    filter.filter(paragraphs);
    const listed = new Set(filter.findings().map((f) => f.text));
    expect([...listed].sort()).toEqual(expect.arrayContaining(['Berg', 'Mark', 'Roos', 'Van', 'Wit']));
    expect(filter.findings().every((f) => f.certainty === 'uncertain')).toBe(true);
  });

  it('replaces only the real names put into the same prose', () => {
    const names = ['Sanne Visser', 'mevrouw De Boer', 'J. van Dam', 'Tim de Jong', 'Van der Linden, Kees'];
    const named = paragraphs.map((p, i) => (i % 6 === 1 ? `${p} Daarover sprak ${names[Math.floor(i / 6) % names.length]} uitvoerig.` : p));
    const filter = createPublicFilter(context());
    const output = filter.filter(named);
    const expected = named.map((p) => names.reduce((text, name) => text.replace(` ${name} `, ' Lid '), p));
    expect(output).toEqual(expected);
    expect(output).not.toEqual(named);
  });
});

describe('decisions', () => {
  const text = 'Het advies van Roos en Visser is door Sanne Visser toegelicht.';

  it('keeps an uncertain match until accepted; a certain one is replaced at once', () => {
    const filter = createPublicFilter(context());
    expect(filter.filter(text)).toBe('Het advies van Roos en Visser is door Lid toegelicht.');
    expect(filter.findings().map((f) => [f.text, f.certainty, f.replaced])).toEqual([
      ['Roos', 'uncertain', false],
      ['Visser', 'uncertain', false],
      ['Sanne Visser', 'certain', true],
    ]);
  });

  it('applies the decisions of an earlier review by what was found, wherever it is', () => {
    const decisions: DecisionRecord[] = [
      { key: findingKey('name', 'Roos'), decision: 'accept' },
      { key: findingKey('name', 'VISSER'), decision: 'accept' },
      { key: findingKey('name', 'Sanne Visser'), decision: 'not_a_name' },
    ];
    expect(createPublicFilter(context({ decisions })).filter(text)).toBe('Het advies van Inwoner en Lid is door Sanne Visser toegelicht.');
  });

  it('replaces everything when nobody reviews (strict)', () => {
    expect(createPublicFilter(context({ mode: 'strict' })).filter(text)).toBe('Het advies van Inwoner en Lid is door Lid toegelicht.');
  });
});

describe('personal data besides names', () => {
  it('replaces e-mail addresses, phone numbers, postcodes with a house number and numbers that pass the BSN check', () => {
    const filter = createPublicFilter(context({ names: [] }));
    const text =
      'Mail k.smeets@voorbeeld.nl of bel 06-12345678, +31 (0)74 245 99 11 of 074 2459911. Adres: Markt 12, 7551 AB of 7551AB 12a. BSN 111222333 en 123.456.782; zaak 2026-04-02, bedrag 120.000 euro, nummer 123456789.';
    expect(filter.filter(text)).toBe(
      'Mail [e-mailadres] of bel [telefoonnummer], [telefoonnummer] of [telefoonnummer]. Adres: Markt [adres] of [adres]. BSN [BSN] en [BSN]; zaak 2026-04-02, bedrag 120.000 euro, nummer 123456789.',
    );
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
  });

  it('lists words that look like a person not in the register', () => {
    const filter = createPublicFilter(context({ names: [] }));
    const text = 'Volgens mevrouw Smeets en Karin Oosterbroek was Gemeente Hengelo akkoord; K. Wouters belde.';
    expect(filter.filter(text)).toBe(text);
    expect(filter.findings().map((f) => [f.kind, f.text])).toEqual([
      ['candidate', 'mevrouw Smeets'],
      ['candidate', 'Karin Oosterbroek'],
      ['candidate', 'K. Wouters'],
    ]);
  });
});

describe('links', () => {
  const linked = (href: string): RichText => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'de regeling', marks: [{ type: 'link', attrs: { href } }] }] }],
  });
  const hrefOf = (value: RichText) => JSON.stringify(value).match(/"href":"([^"]+)"/)?.[1] ?? null;

  it('keeps the address only to an allowed domain, and only when it names nobody', () => {
    const filter = createPublicFilter(context());
    expect(hrefOf(filter.filter(linked('https://wetten.overheid.nl/BWBR0045754')))).toBe('https://wetten.overheid.nl/BWBR0045754');
    expect(hrefOf(filter.filter(linked('https://www.hengelo.nl/adviezen')))).toBe('https://www.hengelo.nl/adviezen');
    expect(hrefOf(filter.filter(linked('https://voorbeeld.nl/regeling')))).toBeNull();
    expect(hrefOf(filter.filter(linked('https://www.hengelo.nl/~sanne/visser')))).toBeNull();
    expect(hrefOf(filter.filter(linked('https://xn--sannevisser-xyz.nl')))).toBeNull();
    expect(JSON.stringify(filter.filter(linked('https://voorbeeld.nl/regeling')))).toContain('de regeling');
  });

  it('replaces an address in the text that names someone', () => {
    const filter = createPublicFilter(context());
    expect(filter.filter('Zie https://voorbeeld.nl/medewerkers/sanne-visser en https://www.rijksoverheid.nl/woo.')).toBe(
      'Zie [link] en https://www.rijksoverheid.nl/woo.',
    );
  });
});
