import { caseInputSchema, type Case } from '@shared/cases/caseSchema';
import { answerValues, screeningProjectSchema, screeningSchema, type Screening, type ScreeningProjectInput } from '@shared/screening/screeningSchema';
import { firstUnanswered } from '@shared/screening/branching';
import { decideOutcome, toSummary, type ScreeningOutcome } from '@shared/screening/outcome';
import type { ScreeningTemplate } from '@shared/screening/templateSchema';
import type { Result } from '@shared/util/result';
import { parseOrThrow } from '@shared/util/validation';
import { createAuditLog } from '../advice/auditLog';
import type { CaseRepository } from '../cases/caseRepository';
import { localToday, systemClock, type Clock } from '../db/clock';
import type { BeraadDb } from '../db/database';

/** Why a screening step was refused; the screen words each code. */
export type ScreeningRefusal = 'unanswered' | 'not_completed' | 'not_needed' | 'already_case';

/** A screening with the template version it was filled in with. */
export interface ScreeningWithTemplate {
  screening: Screening;
  template: ScreeningTemplate;
}

export function createScreeningRepository(db: BeraadDb, cases: CaseRepository, clock: Clock = systemClock) {
  const audit = createAuditLog(db);

  async function find(id: string): Promise<ScreeningWithTemplate | undefined> {
    const screening = await db.screenings.get(id);
    if (!screening) return undefined;
    const template = await db.screeningTemplates.get([screening.templateId, screening.templateVersion]);
    if (!template) throw new Error(`Screeningsjabloon ${screening.templateId} versie ${screening.templateVersion} bestaat niet`);
    return { screening, template };
  }

  async function withTemplate(id: string): Promise<ScreeningWithTemplate> {
    const found = await find(id);
    if (!found) throw new Error(`Screening ${id} bestaat niet`);
    return found;
  }

  async function save(screening: Screening): Promise<Screening> {
    const valid = parseOrThrow(screeningSchema, { ...screening, updatedAt: clock().toISOString() });
    await db.screenings.put(valid);
    return valid;
  }

  return {
    /** Starts a screening on the given template version; it is stored at once, so leaving never loses it. */
    async start(template: Pick<ScreeningTemplate, 'id' | 'version'>, project: ScreeningProjectInput): Promise<Screening> {
      const at = clock().toISOString();
      const screening = parseOrThrow(screeningSchema, {
        id: crypto.randomUUID(),
        templateId: template.id,
        templateVersion: template.version,
        project: parseOrThrow(screeningProjectSchema, project),
        answers: {},
        status: 'inProgress',
        summary: null,
        caseId: null,
        createdAt: at,
        updatedAt: at,
        completedAt: null,
      });
      await db.screenings.add(screening);
      return screening;
    },

    /** A screening with its own template version; undefined when it does not exist. */
    get: find,

    list: (): Promise<Screening[]> => db.screenings.orderBy('updatedAt').reverse().toArray(),

    /** The screening a case came from, if any. */
    forCase: (caseId: string): Promise<Screening | undefined> => db.screenings.where('caseId').equals(caseId).first(),

    async updateProject(id: string, project: ScreeningProjectInput): Promise<Screening> {
      const fields = parseOrThrow(screeningProjectSchema, project);
      return db.transaction('rw', db.screenings, async () => save({ ...(await withTemplate(id)).screening, project: fields }));
    },

    /**
     * Stores one answer at once. Only options of the question in the
     * screening's own template version are accepted; a completed screening
     * is open again until it is completed anew, so its outcome never lags its answers.
     */
    async answer(id: string, questionId: string, values: readonly string[], explanation: string): Promise<Screening> {
      return db.transaction('rw', [db.screenings, db.screeningTemplates], async () => {
        const { screening, template } = await withTemplate(id);
        const question = template.questions.find((q) => q.id === questionId);
        if (!question) throw new Error(`Vraag ${questionId} staat niet in versie ${template.version} van het sjabloon`);
        const known = new Set(question.options.map((option) => option.value));
        if (values.some((value) => !known.has(value)) || (question.kind === 'single' && values.length !== 1)) {
          throw new Error(`Ongeldig antwoord op vraag ${questionId}`);
        }
        if (screening.caseId) throw new Error(`Screening ${id} is al een casus geworden`);
        return save({
          ...screening,
          answers: { ...screening.answers, [questionId]: { values: [...values], explanation } },
          status: 'inProgress',
          summary: null,
          completedAt: null,
        });
      });
    },

    /** Completes the screening when every shown question is answered, keeping the outcome's summary for the list. */
    async complete(id: string): Promise<Result<{ screening: Screening; outcome: ScreeningOutcome }, ScreeningRefusal>> {
      return db.transaction('rw', [db.screenings, db.screeningTemplates], async () => {
        const { screening, template } = await withTemplate(id);
        const answers = answerValues(screening.answers);
        if (firstUnanswered(template, answers)) return { ok: false, refusals: ['unanswered'] };
        const outcome = decideOutcome(template, answers);
        const at = clock().toISOString();
        const completed = await save({
          ...screening,
          status: 'completed',
          summary: toSummary(outcome),
          completedAt: screening.completedAt ?? at,
        });
        return { ok: true, value: { screening: completed, outcome } };
      });
    },

    /**
     * Registers a case from a completed screening whose outcome asks for the
     * board, with the project, question, technology and instruments filled in,
     * and links the two; all in one transaction, so neither exists without the other.
     */
    async createCase(id: string, referencePattern: string, defaultQuestion: string, actor: string): Promise<Result<Case, ScreeningRefusal>> {
      return db.transaction('rw', [db.screenings, db.screeningTemplates, db.cases, db.caseDescriptions, db.counters, db.auditEvents], async () => {
        const { screening } = await withTemplate(id);
        if (screening.status !== 'completed' || !screening.summary) return { ok: false, refusals: ['not_completed'] };
        if (screening.caseId) return { ok: false, refusals: ['already_case'] };
        if (screening.summary.consult === 'nee') return { ok: false, refusals: ['not_needed'] };
        const { project, summary } = screening;
        const input = parseOrThrow(caseInputSchema, {
          title: project.title,
          question: project.question || defaultQuestion,
          processOwner: { name: project.filledInBy, department: project.department, contact: '' },
          requester: project.filledInBy,
          solicited: true,
          receivedOn: localToday(clock()),
          themes: [],
          technology: project.technology,
          values: [],
          instruments: summary.instruments.map((kind) => ({ kind, status: 'niet_gestart', link: '', documentRef: '' })),
          classification: 'openbaar',
        });
        const paragraphs = project.description.split(/\n+/).filter((line) => line.trim() !== '');
        const description = paragraphs.length
          ? { type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
          : undefined;
        const registered = await cases.registerOne({ input, description }, referencePattern);
        await save({ ...screening, caseId: registered.id });
        await audit.append(registered.id, clock(), actor, {
          subject: 'screening',
          action: 'screening.caseCreated',
          detail: { title: project.title, consult: summary.consult },
        });
        return { ok: true, value: registered };
      });
    },
  };
}

export type ScreeningRepository = ReturnType<typeof createScreeningRepository>;
