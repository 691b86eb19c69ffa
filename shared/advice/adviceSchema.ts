import { z } from 'zod';
import { sectionKeys } from './sectionKeys';
import { richTextSchema } from '../cases/caseSchema';
import { parseExternalUrl } from '../util/safeUrl';
import { isoDateSchema, optionalText, requiredText, timestampSchema } from '../util/schemaParts';

/** The three directions for options of action (begeleidingsethiek). */
export const directions = ['technology', 'environment', 'user'] as const;
export type Direction = (typeof directions)[number];

/** The life of one version of an advice. Only the newest version, and only as a draft, is edited. */
export const versionStatuses = ['draft', 'review', 'approved', 'issued'] as const;
export const versionStatusSchema = z.enum(versionStatuses);
export type VersionStatus = z.infer<typeof versionStatusSchema>;

export const adviceSectionsSchema = z.object({
  topicSummary: richTextSchema,
  question: richTextSchema,
  context: richTextSchema,
  working: richTextSchema,
  considerations: richTextSchema,
  minorityView: richTextSchema,
});
export type AdviceSections = z.infer<typeof adviceSectionsSchema>;

export const recommendationSchema = z.object({
  id: z.uuid(),
  text: richTextSchema,
  direction: z.enum(directions).nullable(),
  /** Left out of the public version. */
  confidential: z.boolean(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/**
 * An earlier case the advice refers to as precedent, as it stood when it was
 * linked: its reference number, title and the day its advice was issued.
 * Whether its title may appear in the public advice is decided at export,
 * by whether that case's advice has been published by then.
 */
export const precedentSchema = z.object({
  caseId: z.uuid(),
  reference: z.string().min(1).max(40),
  title: z.string().max(200),
  adviceIssuedOn: isoDateSchema.nullable(),
});
export type Precedent = z.infer<typeof precedentSchema>;

/**
 * How the board worked, derived from the meeting data when the draft is made
 * or refreshed, and kept with the version so an issued advice does not change
 * when a meeting is edited later.
 */
export const workingFactsSchema = z.object({
  methods: z.array(z.string().max(200)).max(20),
  meetings: z.array(z.object({ meetingId: z.uuid(), startsAt: z.string().max(40), title: z.string().max(200) })).max(100),
  participants: z
    .array(z.object({ personId: z.uuid(), name: z.string().max(200), roles: z.array(z.string().max(80)).max(10) }))
    .max(200),
});
export type WorkingFacts = z.infer<typeof workingFactsSchema>;

export const reviewKinds = ['comment', 'approval'] as const;

export const reviewInputSchema = z
  .object({
    personId: z.uuid({ error: 'validation.choose' }),
    kind: z.enum(reviewKinds),
    comment: optionalText(10_000),
  })
  .refine((review) => review.kind === 'approval' || review.comment !== '', {
    error: 'validation.required',
    path: ['comment'],
  });

export const reviewSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string().max(200),
  kind: z.enum(reviewKinds),
  comment: optionalText(10_000),
  at: timestampSchema,
});
export type ReviewInput = z.input<typeof reviewInputSchema>;
export type Review = z.infer<typeof reviewSchema>;

export const adviceVersionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  number: z.number().int().positive(),
  status: versionStatusSchema,
  /** Why this version was made; required from version 2 on. */
  reason: optionalText(2000),
  sections: adviceSectionsSchema,
  /** Sections left out of the public version. */
  confidentialSections: z.array(z.enum(sectionKeys)).max(sectionKeys.length),
  recommendations: z.array(recommendationSchema).max(100),
  /** Earlier cases referred to; absent in versions stored before references existed. */
  precedents: z.array(precedentSchema).max(50).optional(),
  working: workingFactsSchema,
  reviews: z.array(reviewSchema).max(500),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  issuedAt: timestampSchema.nullable(),
});
export type AdviceVersion = z.infer<typeof adviceVersionSchema>;

/** What lists and pickers need of a version, kept on the advice so they never load the texts. */
export const versionSummarySchema = adviceVersionSchema.pick({
  id: true,
  number: true,
  status: true,
  reason: true,
  createdAt: true,
  issuedAt: true,
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/* ---- The advice's life after issue, one record per case ---- */

export const conclusionDecisions = ['adopted', 'partly_adopted', 'not_adopted'] as const;

export const conclusionInputSchema = z
  .object({
    decision: z.enum(conclusionDecisions, { error: 'validation.choose' }),
    reasons: optionalText(20_000),
    receivedOn: isoDateSchema,
  })
  .refine((c) => c.decision === 'adopted' || c.reasons !== '', {
    error: 'validation.reasonsRequired',
    path: ['reasons'],
  });
export type ConclusionInput = z.input<typeof conclusionInputSchema>;
export type Conclusion = z.output<typeof conclusionInputSchema>;

export const factCheckSchema = z.object({
  versionNumber: z.number().int().positive(),
  requestedOn: isoDateSchema,
  respondedOn: isoDateSchema.nullable(),
  response: optionalText(20_000),
});
export type FactCheck = z.infer<typeof factCheckSchema>;

export const followUpDecisions = ['none', 'college', 'raad'] as const;

export const followUpSchema = z.object({
  /** The periodic discussion with the alderman. */
  discussedOn: isoDateSchema.nullable(),
  decision: z.enum(followUpDecisions).nullable(),
  /** For advice on technology that will change. */
  reReviewOn: isoDateSchema.nullable(),
  note: optionalText(5000),
});
export type FollowUp = z.infer<typeof followUpSchema>;

const publicationUrl = optionalText(2048).refine((value) => value === '' || parseExternalUrl(value) !== null, {
  error: 'validation.httpsLink',
});

export const publicationSchema = z.object({
  classificationChecked: z.boolean(),
  publicSummary: optionalText(5000),
  publishedOn: isoDateSchema.nullable(),
  url: publicationUrl,
});
export type Publication = z.infer<typeof publicationSchema>;

export const emptyPublication: Publication = {
  classificationChecked: false,
  publicSummary: '',
  publishedOn: null,
  url: '',
};

export const emptyFollowUp: FollowUp = { discussedOn: null, decision: null, reReviewOn: null, note: '' };

/**
 * The advice of a case: everything that is not a version's text. `versions`,
 * `latest` and `issuedOn` repeat what the versions say, so the page, the
 * register and the dashboard read one small record instead of every text.
 */
export const adviceSchema = z.object({
  caseId: z.uuid(),
  versions: z.array(versionSummarySchema).min(1).max(500),
  latest: z.object({ number: z.number().int().positive(), status: versionStatusSchema }),
  issuedOn: isoDateSchema.nullable(),
  factCheck: factCheckSchema.nullable(),
  conclusion: conclusionInputSchema.nullable(),
  conclusionRecordedAt: timestampSchema.nullable(),
  followUp: followUpSchema,
  publication: publicationSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Advice = z.infer<typeof adviceSchema>;

/* ---- Audit trail ---- */

export const auditSubjects = ['advice', 'version', 'review', 'factCheck', 'conclusion', 'followUp', 'publication', 'conflict', 'screening', 'case'] as const;

/** One append-only entry: who did what to which part of a case's advice. */
export const auditEventSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  at: timestampSchema,
  actor: z.string().max(200),
  subject: z.enum(auditSubjects),
  /** A locale key under `audit.action`, with `detail` as its parameters. */
  action: requiredText(80),
  detail: z.record(z.string(), z.union([z.string().max(2000), z.number()])),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
