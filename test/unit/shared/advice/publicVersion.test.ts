import { describe, expect, it } from 'vitest';
import { nameMatcher, toPublicVersion } from '@shared/advice/publicVersion';
import { applyReplacements } from '@shared/advice/replaceAcrossTextNodes';
import type { RichText } from '@shared/cases/caseSchema';
import { plainText } from '@shared/richText/plainText';
import { doc, paragraph } from '@shared/richText/build';
import { adviceVersion } from '../../../fixtures/advice';

const names = [
  { name: 'Anna de Vries', role: 'de voorzitter' },
  { name: 'Anna', role: 'de inwoner' },
  { name: 'Bram Özdemir', role: 'de privacy officer' },
];

describe('naming people by role in the public version', () => {
  it('replaces whole names, longest first, case-insensitively and across line breaks', () => {
    const find = nameMatcher(names);
    const replace = (text: string) => applyReplacements(text, find(text));
    expect(replace('Anna de Vries opende; daarna sprak anna.')).toBe('de voorzitter opende; daarna sprak de inwoner.');
    expect(replace('BRAM ÖZDEMIR en Bram  Özdemir')).toBe('de privacy officer en de privacy officer');
    expect(replace('Annalies en Hanna blijven staan')).toBe('Annalies en Hanna blijven staan');
  });

  it('leaves no name in rich text, marks, recommendations, participants or reviews', () => {
    const personId = crypto.randomUUID();
    const version = adviceVersion({
      sections: {
        ...adviceVersion().sections,
        considerations: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Volgens ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'Bram Özdemir' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Anna de Vries was het oneens')] }] },
          ],
        },
      },
      recommendations: [{ id: crypto.randomUUID(), text: doc(paragraph('Laat Anna meelezen.')), direction: 'user', confidential: false }],
      working: { methods: ['Begeleidingsethiek'], meetings: [], participants: [{ personId, name: 'Anna de Vries', roles: ['voorzitter'] }] },
      reviews: [{ id: crypto.randomUUID(), personId, name: 'Bram Özdemir', kind: 'comment', comment: 'Eens met Anna de Vries', at: '2026-06-02T10:00:00.000Z' }],
    });
    const published = JSON.stringify(toPublicVersion(version, names));
    for (const { name } of names) expect(published).not.toMatch(new RegExp(`\\b${name}\\b`));
    const result = toPublicVersion(version, names);
    expect(plainText(result.sections.considerations)).toContain('Volgens de privacy officer');
    expect(result.working.participants[0]).toMatchObject({ name: '', roles: ['voorzitter'] });
    expect(result.reviews[0]).toMatchObject({ name: 'de privacy officer', comment: 'Eens met de voorzitter' });
    expect(plainText(result.recommendations[0]!.text)).toBe('Laat de inwoner meelezen.');
  });

  it('names people by role when their name is split over differently marked text', () => {
    const splitName: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Anna de ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'Vries' }, { type: 'text', text: ' opende.' }] },
      ],
    };
    const version = adviceVersion({
      sections: { ...adviceVersion().sections, considerations: splitName },
      recommendations: [
        {
          id: crypto.randomUUID(),
          text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vraag ' }, { type: 'text', marks: [{ type: 'italic' }], text: 'Bram' }, { type: 'text', text: ' Özdemir' }] }] },
          direction: null,
          confidential: false,
        },
      ],
    });
    const result = toPublicVersion(version, names);
    expect(plainText(result.sections.considerations)).toBe('de voorzitter opende.');
    expect(plainText(result.recommendations[0]!.text)).toBe('Vraag de privacy officer');
    expect(JSON.stringify(result)).not.toMatch(/Vries|Bram|Özdemir/);
  });

  it('unlinks links whose address names someone, in sections and recommendations, and keeps the others as they are', () => {
    const link = (href: string) => ({ type: 'link', attrs: { href, target: '_blank', rel: 'noopener', class: null } });
    const report = link('https://www.enschede.nl/rapport-cameratoezicht.pdf');
    const adNews = link('https://www.ad.nl/enschede/bos-brand~a42/');
    const version = adviceVersion({
      sections: {
        ...adviceVersion().sections,
        considerations: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Zie het profiel van ' },
                { type: 'text', marks: [link('https://x.nl/team/anna-de-vries')], text: 'Anna de Vries' },
                { type: 'text', text: ', ' },
                { type: 'text', marks: [report], text: 'het rapport' },
                { type: 'text', text: ' en ' },
                { type: 'text', marks: [adNews], text: 'het nieuws' },
              ],
            },
          ],
        },
      },
      recommendations: [
        {
          id: crypto.randomUUID(),
          text: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Lees ' },
                  { type: 'text', marks: [{ type: 'bold' }, link('https://nieuws.nl/interview?met=Bram%20%C3%96zdemir')], text: 'het interview' },
                  { type: 'text', text: '.' },
                ],
              },
            ],
          },
          direction: null,
          confidential: false,
        },
      ],
    });
    const result = toPublicVersion(version, [...names, { name: 'Ad Bos', role: 'de wethouder' }]);
    expect(result.sections.considerations.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Zie het profiel van de voorzitter, ' },
          { type: 'text', marks: [report], text: 'het rapport' },
          { type: 'text', text: ' en ' },
          { type: 'text', marks: [adNews], text: 'het nieuws' },
        ],
      },
    ]);
    expect(result.recommendations[0]!.text.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Lees ' },
          { type: 'text', marks: [{ type: 'bold' }], text: 'het interview' },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/anna-de-vries|%C3%96zdemir|de inwoner/i);
  });

  it('leaves out confidential sections and recommendations', () => {
    const version = adviceVersion({
      confidentialSections: ['context'],
      recommendations: [
        { id: crypto.randomUUID(), text: doc(paragraph('Openbaar')), direction: null, confidential: false },
        { id: crypto.randomUUID(), text: doc(paragraph('Geheim')), direction: null, confidential: true },
      ],
    });
    const result = toPublicVersion(version, []);
    expect(plainText(result.sections.context)).toBe('');
    expect(JSON.stringify(result)).not.toContain('Acht camera');
    expect(result.recommendations.map((r) => plainText(r.text))).toEqual(['Openbaar']);
    expect(plainText(version.sections.context)).toContain('Acht camera');
  });
});
