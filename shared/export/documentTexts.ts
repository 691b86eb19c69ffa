import type { SectionKey } from '../advice/sectionKeys';
import type { conclusionDecisions, Direction, followUpDecisions, VersionStatus } from '../advice/adviceSchema';
import type { CaseStatus } from '../cases/status';
import type { classifications, instrumentKinds, technologyTypes } from '../cases/vocabulary';
import type { conflictMeasures } from '../people/boardSchema';
import type { PersonRole } from '../people/personSchema';
import type { AiActClass, ConsultLevel } from '../screening/templateSchema';

/*
 * The words of the documents. Unlike the interface, a published municipal
 * document is Dutch whatever language the app is set to (its language is
 * declared nl-NL), so its texts live here rather than in the locale files.
 */

export const classificationLabels: Record<(typeof classifications)[number], string> = {
  openbaar: 'Openbaar',
  niet_actief_openbaar: 'Niet actief openbaar maken',
  vertrouwelijk: 'Vertrouwelijk',
};

/** What an internal document says in its header and footer, so a printed page cannot pass for a public one. */
export const internalMarking = 'Intern — niet openbaar';

/**
 * The classification a document carries. An internal document is never
 * public, whatever the case's classification says about its public version.
 */
export function documentClassification(variant: 'public' | 'internal', classification: (typeof classifications)[number]): string {
  if (variant === 'public' || classification === 'vertrouwelijk') return classificationLabels[classification];
  return 'Intern';
}

/** The marking of an internal document, with its classification: "Intern — niet openbaar · Classificatie: Vertrouwelijk". */
export const internalMarkingOf = (classification: (typeof classifications)[number]) =>
  `${internalMarking} · Classificatie: ${documentClassification('internal', classification)}`;

export const conflictMeasureLabels: Record<(typeof conflictMeasures)[number], string> = {
  neemt_niet_deel: 'Neemt niet deel',
  neemt_deel_zonder_oordeel: 'Neemt deel zonder oordeel',
  geen_gevolg: 'Geen gevolg',
};

export const technologyLabels: Record<(typeof technologyTypes)[number], string> = {
  camera: 'Camera’s en beeldanalyse',
  sensor: 'Sensoren',
  algoritme: 'Algoritme of voorspelmodel',
  datakoppeling: 'Koppeling van gegevens',
  dashboard: 'Dashboard of monitor',
  drone: 'Drones',
  app: 'App of online dienst',
  anders: 'Anders',
};

export const roleLabels: Record<PersonRole, string> = {
  voorzitter: 'Voorzitter',
  lid: 'Lid adviesorgaan',
  externe_procesbegeleider: 'Externe ethische procesbegeleider',
  secretaris: 'Secretaris',
  inwoner_op_afroep: 'Inwoner op afroep',
  adviseur: 'Adviseur',
  gast: 'Gast',
};

export const sectionTitles: Record<SectionKey, string> = {
  topicSummary: 'Samenvatting van het onderwerp',
  question: 'Adviesvraag',
  context: 'Casus en context',
  working: 'Werkwijze',
  considerations: 'Overwegingen',
  minorityView: 'Minderheidsstandpunt',
};

export const directionLabels: Record<Direction, string> = {
  technology: 'Technologie',
  environment: 'Omgeving',
  user: 'Gebruiker',
};

export const conclusionLabels: Record<(typeof conclusionDecisions)[number], string> = {
  adopted: 'Advies overgenomen',
  partly_adopted: 'Advies deels overgenomen',
  not_adopted: 'Advies niet overgenomen',
};

export const followUpLabels: Record<(typeof followUpDecisions)[number], string> = {
  none: 'Geen vervolg',
  college: 'Vervolg door het college',
  raad: 'Vervolg door de raad',
};

export const versionStatusLabels: Record<VersionStatus, string> = {
  draft: 'Concept',
  review: 'In review',
  approved: 'Goedgekeurd',
  issued: 'Uitgebracht',
};

export const caseStatusLabels: Record<CaseStatus, string> = {
  intake: 'Intake',
  in_voorbereiding: 'In voorbereiding',
  in_beraadslaging: 'In beraadslaging',
  advies_in_opstelling: 'Advies in opstelling',
  advies_uitgebracht: 'Advies uitgebracht',
  conclusie_ontvangen: 'Conclusie ontvangen',
  gepubliceerd: 'Gepubliceerd',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
};

export const processOwnerRole = 'Proceseigenaar';

/** The role a project lead named in a public document is shown as. */
export const projectLeadRole = 'Projectleider';

export const consultLevelLabels: Record<ConsultLevel, string> = {
  ja: 'Ja',
  aanbevolen: 'Aanbevolen',
  nee: 'Nee',
};

export const instrumentLabels: Record<(typeof instrumentKinds)[number], string> = {
  dpia: 'DPIA (AVG art. 35)',
  deda: 'DEDA',
  iama: 'IAMA',
  algoritmeregister: 'Registratie in het algoritmeregister',
};

export const aiActClassLabels: Record<AiActClass | 'none', string> = {
  prohibited: 'Verboden AI-praktijk',
  high: 'Hoog risico',
  transparency: 'Transparantieverplichtingen',
  minimal: 'Minimaal risico',
  none: 'Geen AI-systeem',
};

/** The advice's own headings and labels, which the Word document and the on-screen preview of the public version share. */
export const adviceTexts = {
  title: 'Advies',
  recommendations: 'Advies',
  methods: 'Methode',
  meetings: 'Bijeenkomsten',
  participants: 'Deelnemers',
  conclusion: 'Conclusie van de proceseigenaar',
  noConclusion: 'De conclusie van de proceseigenaar is nog niet ontvangen.',
  decision: 'Besluit',
  receivedOn: 'Ontvangen op',
  reasons: 'Motivering',
  followUp: 'Opvolging',
  noFollowUp: 'Nog niet besproken met de wethouder.',
  discussedOn: 'Besproken met de wethouder op',
  followUpDecision: 'Besluit over vervolg',
  reReview: 'Herbeoordeling',
  publishedOn: 'Gepubliceerd op',
  location: 'Vindplaats',
  precedents: 'Eerdere adviezen',
} as const;

/** The publication register's column headings, in the order of its columns. */
export const publicationRegisterColumns = {
  reference: 'Zaaknummer',
  title: 'Onderwerp',
  issuedOn: 'Datum advies',
  publishedOn: 'Datum publicatie',
  publicationUrl: 'Vindplaats',
  fileName: 'Bestand',
  madeOn: 'Bestand gemaakt op',
  sha256: 'SHA-256',
} as const;

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "3 maart 2026" from an ISO date or timestamp; computed by hand so Node and every browser write the same. */
export function formatDutchDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return '—';
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** "EA-2025-001: Camera's op het plein (advies van 3 maart 2026)", or only the reference number where the advice names no more of the case. */
export function precedentLine(precedent: { reference: string; title: string | null; adviceIssuedOn: string | null }): string {
  const titled = precedent.title ? `${precedent.reference}: ${precedent.title}` : precedent.reference;
  return precedent.adviceIssuedOn ? `${titled} (advies van ${formatDutchDate(precedent.adviceIssuedOn)})` : titled;
}

/** "3 maart 2026, 14.00 uur" from a local date-time as meetings store it. */
export function formatDutchDateTime(local: string): string {
  const time = /T(\d{2}):(\d{2})/.exec(local);
  return time ? `${formatDutchDate(local)}, ${time[1]}.${time[2]} uur` : formatDutchDate(local);
}
