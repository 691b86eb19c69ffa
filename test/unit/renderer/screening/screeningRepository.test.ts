import { describe, expect, it, vi } from 'vitest';
import { defaultScreeningTemplate } from '@shared/screening/defaultTemplate';
import { defaultScreeningTemplateId } from '@shared/screening/defaultTemplateId';
import { createCaseRepository } from '../../../../renderer/cases/caseRepository';
import { createScreeningRepository } from '../../../../renderer/screening/screeningRepository';
import { createScreeningTemplateRepository } from '../../../../renderer/screening/screeningTemplateRepository';
import { testDatabase } from '../db/testDatabase';

const clock = () => new Date('2026-11-22T12:00:00.000Z');
const project = { title: 'Inkomensapp', filledInBy: 'Sanne de Vries', department: 'Sociaal domein', description: 'Koppelt inkomens.\nToont regelingen.', question: '', technology: 'app' as const };

async function setup() {
  const db = testDatabase();
  const templates = createScreeningTemplateRepository(db, clock);
  await templates.ensureDefault(defaultScreeningTemplateId, defaultScreeningTemplate);
  const screenings = createScreeningRepository(db, createCaseRepository(db, clock), clock);
  const template = (await templates.latest('screening'))!;
  return { db, templates, screenings, template };
}

/** Answers that end with "ja": profiling of residents' personal data. */
const toJa: [string, string[]][] = [
  ['principleDemocracy', ['nee']],
  ['principleSocietalValue', ['nee']],
  ['principleTransparency', ['ja']],
  ['principleSelfDetermination', ['nee']],
  ['principleInfrastructure', ['nee']],
  ['principleLegalBasis', ['nee']],
  ['technology', ['profiling']],
  ['personalData', ['ja']],
  ['specialData', []],
  ['affected', ['businesses']],
  ['automatedDecision', ['none']],
  ['scale', ['small']],
  ['reversibility', ['yes']],
  ['publicAttention', ['nee']],
  ['aiDefinition', ['nee']],
];

describe('screenings', () => {
  it('stores every answer at once, with its explanation, on the template version it started with', async () => {
    const { db, screenings, template } = await setup();
    const started = await screenings.start(template, project);
    await screenings.answer(started.id, 'principleTransparency', ['ja'], 'Inwoners moeten het kunnen volgen.');
    expect((await db.screenings.get(started.id))?.answers).toEqual({ principleTransparency: { values: ['ja'], explanation: 'Inwoners moeten het kunnen volgen.' } });
    expect(started).toMatchObject({ templateId: 'screening', templateVersion: 1, status: 'inProgress', caseId: null });
  });

  it('refuses an answer that is not an option of the question, or two answers to a single choice', async () => {
    const { screenings, template } = await setup();
    const { id } = await screenings.start(template, project);
    await expect(screenings.answer(id, 'principleTransparency', ['misschien'], '')).rejects.toThrow();
    await expect(screenings.answer(id, 'principleTransparency', ['ja', 'nee'], '')).rejects.toThrow();
    await expect(screenings.answer(id, 'weg', ['ja'], '')).rejects.toThrow();
  });

  it('completes only when every shown question is answered, and keeps the outcome for the list', async () => {
    const { screenings, template } = await setup();
    const { id } = await screenings.start(template, project);
    for (const [question, values] of toJa.slice(0, 8)) await screenings.answer(id, question, values, '');
    expect(await screenings.complete(id)).toEqual({ ok: false, refusals: ['unanswered'] });
    for (const [question, values] of toJa.slice(8)) await screenings.answer(id, question, values, '');
    const done = await screenings.complete(id);
    expect(done.ok && done.value.screening.summary).toEqual({ consult: 'ja', aiActClass: null, instruments: ['dpia', 'iama', 'algoritmeregister'] });
  });

  it('turns a "ja" into a case with the project, question, technology and instruments, linked both ways and in the audit trail', async () => {
    const { db, screenings, template } = await setup();
    const { id } = await screenings.start(template, project);
    for (const [question, values] of toJa) await screenings.answer(id, question, values, '');
    await screenings.complete(id);
    const created = await screenings.createCase(id, 'EA-{nnn}', 'Wat adviseert het adviesorgaan?', 'Sanne de Vries');
    if (!created.ok) throw new Error(created.refusals.join());
    expect(created.value).toMatchObject({
      title: 'Inkomensapp',
      question: 'Wat adviseert het adviesorgaan?',
      processOwner: { name: 'Sanne de Vries', department: 'Sociaal domein' },
      technology: 'app',
      receivedOn: '2026-11-22',
      instruments: ['dpia', 'iama', 'algoritmeregister'].map((kind) => ({ kind, status: 'niet_gestart', link: '', documentRef: '' })),
    });
    expect((await screenings.forCase(created.value.id))?.id).toBe(id);
    expect((await db.caseDescriptions.get(created.value.id))?.doc.content).toHaveLength(2);
    expect((await db.auditEvents.toArray()).map((e) => [e.caseId, e.action, e.detail])).toEqual([
      [created.value.id, 'screening.caseCreated', { title: 'Inkomensapp', consult: 'ja' }],
    ]);
    expect(await screenings.createCase(id, 'EA-{nnn}', '', '')).toEqual({ ok: false, refusals: ['already_case'] });
    await expect(screenings.answer(id, 'scale', ['large'], '')).rejects.toThrow();
  });

  it('keeps a "nee" but makes no case of it', async () => {
    const { db, screenings, template } = await setup();
    const { id } = await screenings.start(template, project);
    for (const [question] of toJa.slice(0, 6)) await screenings.answer(id, question, ['nee'], '');
    const done = await screenings.complete(id);
    expect(done.ok && done.value.outcome.consult).toBe('nee');
    expect(await screenings.createCase(id, 'EA-{nnn}', 'Vraag', '')).toEqual({ ok: false, refusals: ['not_needed'] });
    expect(await db.cases.count()).toBe(0);
    expect((await screenings.list()).map((s) => s.summary?.consult)).toEqual(['nee']);
  });

  it('shows an old screening with its own template version after the template changed', async () => {
    const { db, templates, screenings, template } = await setup();
    const { id } = await screenings.start(template, project);
    const changed = structuredClone(template);
    changed.version = 2;
    changed.questions[0]!.text = 'Een andere vraag';
    await db.screeningTemplates.add(changed);
    expect((await templates.latest('screening'))?.version).toBe(2);
    const own = (await screenings.get(id))!.template;
    expect(own.version).toBe(1);
    expect(own.questions[0]!.text).toBe(template.questions[0]!.text);
  });

  it('adds the shipped template only once, and asks for its texts only when it adds it', async () => {
    const { templates } = await setup();
    const seed = vi.fn(defaultScreeningTemplate);
    await templates.ensureDefault(defaultScreeningTemplateId, seed);
    expect(await templates.versions('screening')).toHaveLength(1);
    expect(seed).not.toHaveBeenCalled();
  });
});

describe('publishing a template', () => {
  it('publishes a valid edit as the next version and leaves the earlier one as it was', async () => {
    const { templates, template } = await setup();
    const edit = structuredClone(template);
    edit.questions[0]!.text = 'Democratische besluitvorming: een nieuwe vraag?';
    const published = await templates.publish('screening', edit);
    expect(published.ok && [published.value.version, published.value.questions[0]!.text]).toEqual([2, 'Democratische besluitvorming: een nieuwe vraag?']);
    expect((await templates.get('screening', 1))?.questions[0]!.text).toBe(template.questions[0]!.text);
  });

  it('refuses an edit that fails validation, naming the question, and stores nothing', async () => {
    const { templates, template } = await setup();
    const edit = structuredClone(template);
    edit.rules[0]!.when = { question: 'bestaatNiet', anyOf: ['ja'] };
    expect(await templates.publish('screening', edit)).toEqual({ ok: false, refusals: [{ code: 'ruleMissingQuestion', rule: 'noPrinciples', missing: 'bestaatNiet' }] });
    expect(await templates.versions('screening')).toHaveLength(1);
  });
});
