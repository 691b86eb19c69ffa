import { describe, expect, it } from 'vitest';
import { prefillAdvice, type PrefillSource } from '@shared/advice/prefill';
import type { DeliberationRecord } from '@shared/meetings/recordSchema';
import type { MethodTemplate } from '@shared/methods/methodTemplate';
import type { Person } from '@shared/people/personSchema';
import { plainText } from '@shared/richText/plainText';
import { doc, paragraph } from '@shared/richText/build';
import { testTemplate } from '../../../fixtures/methods';

const template: MethodTemplate = { ...testTemplate, version: 1, createdAt: '2026-01-01T00:00:00.000Z' } as MethodTemplate;
const person = (name: string): Person =>
  ({ id: crypto.randomUUID(), name, roles: ['lid'], discipline: '', organisation: '', isAdministrator: false, active: true }) as Person;

function record(meetingId: string, overrides: Partial<DeliberationRecord> = {}): DeliberationRecord {
  return {
    id: crypto.randomUUID(),
    meetingId,
    agendaItemId: crypto.randomUUID(),
    caseId: crypto.randomUUID(),
    template: { id: template.id, version: 1 },
    sections: {
      context: { kind: 'text', text: 'Acht camera’s\nOp het plein' },
      actors: {
        kind: 'actors',
        actors: [{ id: crypto.randomUUID(), name: 'Bewoners', positiveEffects: ['Veiliger'], negativeEffects: ['Bekeken'], values: ['privacy', 'veiligheid'] }],
      },
      options: { kind: 'options', options: { technology: ['Blur gezichten'], environment: ['Bordjes'], user: [] } },
    },
    dissent: 'Eén lid vond de inzet niet proportioneel.',
    agreements: ['Evaluatie na een jaar'],
    updatedAt: '2026-05-01T10:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

describe('pre-filling an advice from the deliberation', () => {
  const anna = person('Anna de Vries');
  const bram = person('Bram Özdemir');
  const absent = person('Chris Jansen');
  const held = { id: crypto.randomUUID(), title: 'Vergadering mei', startsAt: '2026-05-01T19:00', attendees: [bram.id, anna.id], deletedAt: null };
  const source: PrefillSource = {
    case: { question: 'Mogen we beelden analyseren?' },
    description: doc(paragraph('Achtergrond van de casus')),
    board: { caseId: crypto.randomUUID(), members: [{ personId: anna.id, role: 'voorzitter' }], conflicts: [], note: '', updatedAt: '2026-01-01T00:00:00.000Z' },
    people: [anna, bram, absent],
    meetings: [held, { ...held, id: crypto.randomUUID(), title: 'Geschrapt', deletedAt: '2026-05-02T00:00:00.000Z' }],
    records: [record(held.id)],
    templates: [template],
  };
  const labels = { positiveEffects: 'Positief', negativeEffects: 'Negatief', values: 'Waarden', agreements: 'Afspraken' };
  const ids = (() => {
    let n = 0;
    return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  })();
  const prefill = prefillAdvice(source, labels, ids);

  it('maps actors, effects, values, text sections and agreements to the considerations', () => {
    const text = plainText(prefill.sections.considerations);
    for (const expected of ['Casus', 'Acht camera’s', 'Actoren', 'Bewoners', 'Positief: Veiliger', 'Negatief: Bekeken', 'Waarden: privacy, veiligheid', 'Afspraken', 'Evaluatie na een jaar']) {
      expect(text).toContain(expected);
    }
  });

  it('turns every option for action into a recommendation in its direction', () => {
    expect(prefill.recommendations.map((r) => [plainText(r.text), r.direction, r.confidential])).toEqual([
      ['Blur gezichten', 'technology', false],
      ['Bordjes', 'environment', false],
    ]);
  });

  it('copies the question, the description as context and the dissent as minority view; the topic summary is left to write', () => {
    expect(plainText(prefill.sections.question)).toBe('Mogen we beelden analyseren?');
    expect(plainText(prefill.sections.context)).toBe('Achtergrond van de casus');
    expect(plainText(prefill.sections.minorityView)).toBe('Eén lid vond de inzet niet proportioneel.');
    expect(plainText(prefill.sections.topicSummary)).toBe('');
  });

  it('derives the way of working: method, meetings actually held, attendees by their board role', () => {
    expect(prefill.working.methods).toEqual(['Begeleidingsethiek']);
    expect(prefill.working.meetings.map((m) => m.title)).toEqual(['Vergadering mei']);
    expect(prefill.working.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Anna de Vries', ['voorzitter']],
      ['Bram Özdemir', ['lid']],
    ]);
  });

  it('leaves the minority view empty when nobody dissented', () => {
    const quiet = prefillAdvice({ ...source, records: [record(held.id, { dissent: '' })] }, labels, ids);
    expect(plainText(quiet.sections.minorityView)).toBe('');
  });
});
