import type { PublicAdvice } from '../../publication/publicModel';
import { plainText } from '../../richText/plainText';
import { classificationLabels } from '../documentTexts';
import { element, fragment, text, xmlDocument, type Xml } from '../xmlWriter';
import type { Publisher } from './publisher';
import {
  actionVaststelling,
  documentTypeAdvies,
  fileFormats,
  informationCategoryAdviezen,
  languageDutch,
  themeUri,
  type Concept,
  type FileFormat,
} from './tooiConcepts';
import { tooiThemes } from './tooiThemes';

const namespace = 'https://standaarden.overheid.nl/diwoo/metadata/';

const d = (name: string, ...children: Xml[]) => element(`diwoo:${name}`, {}, ...children);
const coded = (name: string, concept: Concept) => element(`diwoo:${name}`, { resource: concept.uri }, text(concept.label));

/** A theme from the TOP list carries its concept; any other stays a label, which the schema allows. */
function theme(label: string): Xml {
  const id = Object.entries(tooiThemes).find(([name]) => name.toLowerCase() === label.trim().toLowerCase())?.[1];
  return element('diwoo:thema', id ? { resource: themeUri(id) } : {}, text(label));
}

/** xs:dateTime needs a time; an advice issued before versions kept the moment is dated at the start of its day. */
function issueMoment(advice: PublicAdvice): string {
  if (advice.issuedAt) return advice.issuedAt;
  if (advice.issuedOn) return `${advice.issuedOn}T00:00:00`;
  throw new Error('Een openbaar advies is uitgebracht en heeft dus een datum.');
}

function extraField(key: string, value: string): Xml {
  return d('extraMetadataveld', d('key', text(key)), d('values', d('value', text(value))));
}

/**
 * The DiWoo 0.9.8 metadata of one published advice (a `diwoo:Document`, as
 * it sits in a Woo sitemap), for the file in `format`. The board is no TOOI
 * organisation, so it is the free-text opsteller; the municipality publishes
 * and answers for it. What the schema has no element for (the publication
 * date, the classification) goes in its extra metadata.
 */
export function writeDiwoo(advice: PublicAdvice, publisher: Publisher, format: FileFormat): string {
  const organisation = (name: string) => element(`diwoo:${name}`, { resource: publisher.uri }, text(publisher.name));
  const summary = advice.sections.topicSummary ? plainText(advice.sections.topicSummary).trim() : '';
  const moment = issueMoment(advice);
  const keywords = ['ethiek', advice.technology].filter(Boolean);
  const extra = [
    ...(advice.publishedOn ? [extraField('openbaarmakingsdatum', advice.publishedOn)] : []),
    extraField('classificatie', classificationLabels[advice.classification]),
    extraField('versie', String(advice.versionNumber)),
  ];
  const diwoo = d(
    'DiWoo',
    d('identifiers', d('identifier', text(advice.reference))),
    organisation('publisher'),
    organisation('verantwoordelijke'),
    d('naamOpsteller', text(advice.bodyName)),
    d('titelcollectie', d('officieleTitel', text(`Advies ${advice.reference}: ${advice.title}`))),
    ...(summary ? [d('omschrijvingen', d('omschrijving', text(summary)))] : []),
    d(
      'classificatiecollectie',
      d('informatiecategorieen', coded('informatiecategorie', informationCategoryAdviezen)),
      d('documentsoorten', coded('documentsoort', documentTypeAdvies)),
      ...(advice.themes.length ? [d('themas', fragment(advice.themes.map(theme)))] : []),
      d('trefwoorden', fragment(keywords.map((keyword) => d('trefwoord', text(keyword))))),
    ),
    d('creatiedatum', text(moment.slice(0, 10))),
    coded('language', languageDutch),
    coded('format', fileFormats[format]),
    d('documenthandelingen', d('documenthandeling', coded('soortHandeling', actionVaststelling), d('atTime', text(moment)))),
  );
  return xmlDocument(element('diwoo:Document', { 'xmlns:diwoo': namespace }, diwoo, d('extraMetadata', d('extraMetadatavelden', ...extra))));
}
