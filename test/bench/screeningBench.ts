/*
 * Screening benchmark: a 150-question template in which every third question
 * branches on an earlier one, answered from start to end. In Node: what the
 * screen computes after each answer (the next question, the progress and the
 * outcome) and the validation that walks every branch before publishing. In
 * Chromium, through the browser build (npm run build:web first): from the
 * click on "Volgende vraag" until the next question is painted, with the
 * answer stored in IndexedDB on the way.
 * Run: npx tsx test/bench/screeningBench.ts
 */
import { nextQuestion, progress } from '@shared/screening/branching';
import { decideOutcome } from '@shared/screening/outcome';
import { screeningTemplateInputSchema, type Condition, type ScreeningTemplateInput } from '@shared/screening/templateSchema';
import { checkTemplate } from '@shared/screening/templateValidation';
import { Profile } from '../e2e/support/browser';
import { serveRenderer } from '../e2e/support/server';
import { putRecords } from '../e2e/actions/seed';
import { median, percentile, round, timeInteraction } from './measure';

const questionCount = Number(process.env.BENCH_QUESTIONS ?? 150);
const runs = Number(process.env.BENCH_RUNS ?? 7);

function largeTemplate(count: number): ScreeningTemplateInput {
  const options = ['ja', 'nee', 'weetNiet'].map((value) => ({ value, label: value }));
  const showIf = (index: number): Condition | undefined => {
    if (index < 3 || index % 3 !== 0) return undefined;
    return { any: [{ question: `q${index - 3}`, anyOf: ['ja', 'weetNiet'] }, { not: { question: `q${Math.floor(index / 2)}`, anyOf: ['nee'] } }] };
  };
  return {
    name: 'Groot sjabloon',
    sections: [{ id: 's', title: 'Vragen' }],
    questions: Array.from({ length: count }, (_, index) => ({
      id: `q${index}`,
      section: 's',
      text: `Vraag ${index}`,
      kind: 'single' as const,
      options,
      ...(showIf(index) ? { showIf: showIf(index) } : {}),
    })),
    rules: Array.from({ length: count / 3 }, (_, index) => ({
      id: `r${index}`,
      when: { all: [{ question: `q${index * 3}`, anyOf: ['ja'] }, { question: `q${index * 3 + 1}`, anyOf: ['nee'] }] },
      reason: `Regel ${index}`,
      consult: (['ja', 'aanbevolen', 'nee'] as const)[index % 3],
      instruments: [],
    })),
  };
}

const input = largeTemplate(questionCount);
const template = screeningTemplateInputSchema.parse(input);
const perAnswer: number[] = [];
const validation: number[] = [];
for (let run = 0; run < runs; run++) {
  const answers: Record<string, string[]> = {};
  let current = nextQuestion(template, answers, null);
  while (current) {
    answers[current.id] = [['ja', 'nee', 'weetNiet'][current.id.length % 3]!];
    const start = performance.now();
    const next = nextQuestion(template, answers, current.id);
    progress(template, answers);
    decideOutcome(template, answers);
    perAnswer.push(performance.now() - start);
    current = next;
  }
  const start = performance.now();
  const checked = checkTemplate(input);
  validation.push(performance.now() - start);
  if (!checked.ok) throw new Error(JSON.stringify(checked.refusals.slice(0, 3)));
}
console.log(`screening, ${questionCount} questions, ${runs} runs`);
console.log(`after each answer (next question, progress, outcome): median ${round(median(perAnswer))} ms, p95 ${round(percentile(perAnswer, 0.95))} ms, max ${round(Math.max(...perAnswer))} ms (target ≤ 50)`);
console.log(`validation walking every branch: median ${round(median(validation))} ms, max ${round(Math.max(...validation))} ms (target ≤ 300)`);

/** Answers the first option of each question in the browser and times each step to the next painted question. */
async function benchInBrowser(): Promise<number[]> {
  const server = await serveRenderer();
  const profile = new Profile(server.url);
  try {
    const page = await profile.open();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const at = new Date().toISOString();
    await putRecords(page, 'screeningTemplates', [{ ...template, id: 'screening', version: 2, createdAt: at }]);
    const id = crypto.randomUUID();
    const project = { title: 'Bench', filledInBy: 'Bench', department: '', description: '', question: '', technology: 'anders' };
    await putRecords(page, 'screenings', [
      { id, templateId: 'screening', templateVersion: 2, project, answers: {}, status: 'inProgress', summary: null, caseId: null, createdAt: at, updatedAt: at, completedAt: null },
    ]);
    await page.goto(`${server.url}#/screenings/${id}`);
    const steps: number[] = [];
    let current = await page.locator('[data-question]').getAttribute('data-question');
    for (;;) {
      const answers = Object.fromEntries(steps.map((_, index) => [`q${index}`, ['ja']]));
      const after = nextQuestion(template, { ...answers, [current!]: ['ja'] }, current);
      if (!after) break;
      steps.push(
        await timeInteraction(
          page,
          `document.querySelector('.screening-question input').click(); document.querySelector('.screening-step button[type="submit"]').click();`,
          `[data-question="${after.id}"]`,
        ),
      );
      current = after.id;
    }
    return steps;
  } finally {
    await profile.close();
    profile.dispose();
    await server.close();
  }
}

const browserSteps = await benchInBrowser();
console.log(`in Chromium, answer to next question painted: median ${round(median(browserSteps))} ms, p95 ${round(percentile(browserSteps, 0.95))} ms, max ${round(Math.max(...browserSteps))} ms over ${browserSteps.length} steps (target ≤ 50)`);
