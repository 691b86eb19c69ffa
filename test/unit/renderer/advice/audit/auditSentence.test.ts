import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@shared/advice/adviceSchema';
import { auditSentence } from '../../../../../renderer/advice/audit/auditSentence';
import { formatDate } from '../../../../../renderer/i18n/formatters';
import { resources } from '../../../../fixtures/translations';

let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'nl', interpolation: { escapeValue: false } });
  t = instance.t;
});

const event = (subject: AuditEvent['subject'], action: string, detail: AuditEvent['detail'] = {}): AuditEvent => ({
  id: crypto.randomUUID(),
  caseId: crypto.randomUUID(),
  at: '2026-06-01T10:00:00.000Z',
  actor: 'Sanne Secretaris',
  subject,
  action,
  detail,
});

const say = (e: AuditEvent) => auditSentence(e, t, formatDate);

describe('audit sentences', () => {
  it('names edited parts by their section labels', () => {
    expect(say(event('version', 'edited', { version: 2, parts: 'considerations,recommendations,confidential' }))).toBe(
      'Versie 2 bewerkt: Afwegingen, Advies: aanbevelingen, vertrouwelijke onderdelen',
    );
  });

  it('reads version steps, reviews and new versions', () => {
    expect(say(event('advice', 'started'))).toBe('Advies opgesteld als concept, vooraf ingevuld uit de vergaderingen');
    expect(say(event('version', 'status.review', { version: 1 }))).toBe('Versie 1 ter beoordeling voorgelegd');
    expect(say(event('version', 'status.issued', { version: 1 }))).toBe('Versie 1 uitgebracht');
    expect(say(event('review', 'approval', { version: 1, name: 'Anna de Vries' }))).toBe('Versie 1 goedgekeurd door Anna de Vries');
    expect(say(event('review', 'comment', { version: 1, name: 'Bram Özdemir' }))).toBe('Commentaar van Bram Özdemir op versie 1');
    expect(say(event('version', 'newVersion', { version: 2, reason: 'Nieuwe camera’s' }))).toBe(
      'Versie 2 gemaakt; reden: Nieuwe camera’s',
    );
  });

  it('writes dates as Dutch dates and decisions in words', () => {
    expect(say(event('factCheck', 'requested', { version: 1, date: '2026-06-02' }))).toBe(
      'Feitencheck op versie 1 gevraagd op 2 juni 2026',
    );
    expect(say(event('conclusion', 'recorded', { decision: 'partly_adopted', date: '2026-06-10' }))).toBe(
      'Conclusie van de proceseigenaar vastgelegd: deels overgenomen, ontvangen op 10 juni 2026',
    );
  });

  it('adds only the follow-up details that were filled in', () => {
    expect(say(event('followUp', 'saved', { decision: 'raad', discussedOn: '2026-09-01', reReviewOn: '' }))).toBe(
      'Opvolging opgeslagen: besproken met de wethouder op 1 september 2026; vervolg door de raad',
    );
    expect(say(event('followUp', 'saved', { decision: '', discussedOn: '', reReviewOn: '2027-01-31' }))).toBe(
      'Opvolging opgeslagen: herbeoordeling op 31 januari 2027',
    );
    expect(say(event('followUp', 'saved', { decision: '', discussedOn: '', reReviewOn: '' }))).toBe('Opvolging opgeslagen');
  });

  it('reads a publication with its date and address', () => {
    const url = 'https://www.gemeente.example.nl/adviezen/1';
    expect(say(event('publication', 'published', { date: '2026-07-01', url }))).toBe(`Gepubliceerd op 1 juli 2026: ${url}`);
    expect(say(event('publication', 'prepared', { date: '', url: '' }))).toBe('Publicatie voorbereid');
  });

  it('reads a conflict of interest declared, changed and withdrawn, with its measure in words', () => {
    const declared = { name: 'Noor Hendriks', declaredOn: '2026-06-01', measure: 'neemt_niet_deel', description: 'Werkt bij de leverancier' };
    expect(say(event('conflict', 'conflict.declared', declared))).toBe(
      'Belangenverstrengeling van Noor Hendriks gemeld op 1 juni 2026: neemt niet deel. Toelichting: Werkt bij de leverancier',
    );
    expect(say(event('conflict', 'conflict.changed', { ...declared, measure: 'geen_gevolg', previousMeasure: 'neemt_niet_deel' }))).toBe(
      'Melding van belangenverstrengeling van Noor Hendriks gewijzigd (was: neemt niet deel): geen gevolg. Toelichting: Werkt bij de leverancier',
    );
    expect(say(event('conflict', 'conflict.withdrawn', declared))).toBe(
      'Melding van belangenverstrengeling van Noor Hendriks van 1 juni 2026 ingetrokken (neemt niet deel)',
    );
  });

  it('still shows an action it does not know, as its key', () => {
    expect(say(event('advice', 'archivedSomewhere'))).toBe('archivedSomewhere');
  });
});
