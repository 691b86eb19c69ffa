import { describe, expect, it } from 'vitest';
import { defaultScreeningTemplate } from '@shared/screening/defaultTemplate';
import { decideOutcome } from '@shared/screening/outcome';
import { screeningTemplateInputSchema, type Answers } from '@shared/screening/templateSchema';

const template = screeningTemplateInputSchema.parse(defaultScreeningTemplate());

const noPrinciple = {
  principleDemocracy: ['nee'],
  principleSocietalValue: ['nee'],
  principleTransparency: ['nee'],
  principleSelfDetermination: ['nee'],
  principleInfrastructure: ['nee'],
  principleLegalBasis: ['nee'],
};
/** A transparency principle applies, and nothing else is risky: the baseline every row changes. */
const quiet: Answers = {
  ...noPrinciple,
  principleTransparency: ['ja'],
  technology: ['dashboard'],
  personalData: ['nee'],
  affected: ['businesses'],
  scale: ['small'],
  reversibility: ['yes'],
  publicAttention: ['nee'],
};
/** An AI system a municipality deploys, with nothing in the AI Act's lists. */
const plainAi: Answers = { ...quiet, technology: ['aiSystem'], aiDefinition: ['ja'], automatedDecision: ['none'], aiProhibited: [], aiAnnexI: ['nee'], aiAnnexIII: [], aiTransparency: [] };

describe('whether the board is consulted', () => {
  it.each<[string, Answers, string, string[]]>([
    ['no principle applies', noPrinciple, 'nee', ['noPrinciples']],
    ['a principle applies but no risk was found', quiet, 'nee', []],
    ['the answer to a hidden question does not count', { ...noPrinciple, publicAttention: ['ja'], technology: ['profiling'] }, 'nee', ['noPrinciples']],
    ['unsure whether a principle applies', { ...quiet, principleLegalBasis: ['weetNiet'] }, 'aanbevolen', ['principleUnsure']],
    ['publicly visible', { ...quiet, publicAttention: ['ja'] }, 'aanbevolen', ['publicAttention']],
    ['irreversible effects', { ...quiet, reversibility: ['no'] }, 'aanbevolen', ['irreversible']],
    ['personal data at large scale', { ...quiet, personalData: ['ja'], specialData: [], scale: ['large'] }, 'aanbevolen', ['largeScale']],
    ['special-category data', { ...quiet, personalData: ['ja'], specialData: ['health'] }, 'aanbevolen', ['sensitiveData']],
    ['linked files with personal data', { ...quiet, technology: ['dataLinking'], personalData: ['ja'], specialData: [], automatedDecision: ['none'] }, 'aanbevolen', ['dataLinking']],
    ['decisions with limited effect', { ...quiet, technology: ['algorithm'], aiDefinition: ['nee'], automatedDecision: ['supported'], decisionEffect: ['limited'] }, 'aanbevolen', ['limitedDecisions']],
    ['unsure whether it is an AI system', { ...quiet, technology: ['algorithm'], aiDefinition: ['weetNiet'], automatedDecision: ['none'] }, 'aanbevolen', ['aiUnsure']],
    ['profiling people', { ...quiet, technology: ['profiling'], personalData: ['ja'], specialData: [], aiDefinition: ['nee'], automatedDecision: ['none'] }, 'ja', ['profiling']],
    ['decisions that matter', { ...quiet, technology: ['algorithm'], aiDefinition: ['nee'], automatedDecision: ['automatic'], decisionEffect: ['significant'] }, 'ja', ['significantDecisions']],
    ['vulnerable people', { ...quiet, personalData: ['ja'], specialData: [], affected: ['residents'], vulnerable: ['ja'] }, 'ja', ['vulnerablePeople']],
    ['watching people in public space', { ...quiet, technology: ['sensorsCameras'], publicSpaceMonitoring: ['ja'] }, 'ja', ['publicMonitoring']],
    ['a prohibited AI practice', { ...plainAi, aiProhibited: ['socialScoring'] }, 'ja', ['aiProhibited_socialScoring']],
    ['a high-risk AI system', { ...plainAi, aiAnnexIII: ['essentialServices'], aiException: ['nee'] }, 'ja', ['aiHigh_essentialServices']],
  ])('%s → %s', (_, answers, consult, because) => {
    const outcome = decideOutcome(template, answers);
    expect(outcome.consult).toBe(consult);
    expect(outcome.consultReasons.map((reason) => reason.ruleId)).toEqual(because);
  });

  it('lists the answers that made a rule apply', () => {
    const outcome = decideOutcome(template, { ...quiet, personalData: ['ja'], specialData: [], affected: ['residents'], vulnerable: ['ja'] });
    expect(outcome.consultReasons[0]!.answers).toEqual([
      { questionId: 'vulnerable', values: ['ja'] },
      { questionId: 'personalData', values: ['ja'] },
    ]);
  });

  it('names each instrument once, with every rule that asked for it, in a fixed order', () => {
    const outcome = decideOutcome(template, {
      ...quiet,
      technology: ['profiling', 'algorithm'],
      personalData: ['ja'],
      specialData: [],
      affected: ['residents'],
      vulnerable: ['nee'],
      aiDefinition: ['nee'],
      automatedDecision: ['automatic'],
      decisionEffect: ['significant'],
    });
    expect(outcome.instruments.map((i) => [i.kind, i.because.map((rule) => rule.ruleId)])).toEqual([
      ['dpia', ['profiling', 'significantDecisions']],
      ['iama', ['profiling', 'significantDecisions']],
      ['algoritmeregister', ['profiling', 'significantDecisions', 'algorithmForResidents']],
    ]);
  });
});

describe('the EU AI Act class', () => {
  it.each<[string, Answers, string | null, string | null]>([
    ['no AI system', quiet, null, null],
    ['an algorithm that is not an AI system', { ...quiet, technology: ['algorithm'], aiDefinition: ['nee'], automatedDecision: ['none'] }, null, null],
    ['an AI system on none of the lists', plainAi, 'minimal', 'art. 4 AI-verordening (AI-geletterdheid); verder geen specifieke verplichtingen'],
    ...(
      [
        ['manipulation', 'a'],
        ['exploitation', 'b'],
        ['socialScoring', 'c'],
        ['crimePrediction', 'd'],
        ['faceScraping', 'e'],
        ['emotionWorkplace', 'f'],
        ['biometricCategorisation', 'g'],
        ['realtimeBiometric', 'h'],
      ] as const
    ).map(([practice, point]): [string, Answers, string, string] => [
      `prohibited practice ${practice}`,
      { ...plainAi, aiProhibited: [practice], aiAnnexIII: ['employment'], aiException: ['nee'], aiTransparency: ['interaction'] },
      'prohibited',
      `art. 5 lid 1 onder ${point} AI-verordening`,
    ]),
    ['a product under Annex I', { ...plainAi, aiAnnexI: ['ja'] }, 'high', 'art. 6 lid 1 en bijlage I AI-verordening'],
    ...(
      [
        ['biometrics', 1],
        ['criticalInfrastructure', 2],
        ['education', 3],
        ['employment', 4],
        ['essentialServices', 5],
        ['lawEnforcement', 6],
        ['migration', 7],
        ['justice', 8],
      ] as const
    ).map(([area, point]): [string, Answers, string, string] => [
      `Annex III area ${area}`,
      { ...plainAi, aiAnnexIII: [area], aiException: ['nee'], aiTransparency: ['syntheticContent'] },
      'high',
      `art. 6 lid 2 en bijlage III punt ${point} AI-verordening`,
    ]),
    ['an Annex III area with the art. 6(3) exception', { ...plainAi, aiAnnexIII: ['education'], aiException: ['ja'], aiProfiling: ['nee'] }, 'minimal', 'art. 6 lid 3 AI-verordening (uitzondering; vastleggen volgens art. 6 lid 4)'],
    ['the exception never holds for profiling', { ...plainAi, aiAnnexIII: ['education'], aiException: ['ja'], aiProfiling: ['ja'] }, 'high', 'art. 6 lid 2 en bijlage III punt 3 AI-verordening'],
    ...(
      [
        ['interaction', 'art. 50 lid 1 AI-verordening'],
        ['syntheticContent', 'art. 50 lid 2 AI-verordening'],
        ['emotionRecognition', 'art. 50 lid 3 AI-verordening'],
        ['deepfake', 'art. 50 lid 4 AI-verordening'],
        ['publicText', 'art. 50 lid 4 AI-verordening'],
      ] as const
    ).map(([duty, article]): [string, Answers, string, string] => [`transparency duty ${duty}`, { ...plainAi, aiTransparency: [duty] }, 'transparency', article]),
  ])('%s → %s', (_, answers, aiClass, article) => {
    const outcome = decideOutcome(template, answers);
    expect(outcome.aiAct?.class ?? null).toBe(aiClass);
    expect(outcome.aiAct?.article ?? null).toBe(article);
  });

  it('asks for an IAMA and a register entry for a high-risk system', () => {
    const outcome = decideOutcome(template, { ...plainAi, aiAnnexIII: ['employment'], aiException: ['nee'] });
    expect(outcome.instruments.map((i) => i.kind)).toEqual(['iama', 'algoritmeregister']);
  });
});
