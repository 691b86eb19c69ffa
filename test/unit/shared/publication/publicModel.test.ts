import { describe, expect, it } from 'vitest';
import { buildAdviceDocument } from '@shared/export/adviceDocument';
import type { AdviceSource } from '@shared/export/adviceExportModel';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { buildPeriodReport } from '@shared/export/periodReport';
import { writeDiwoo } from '@shared/export/diwoo/diwooDocument';
import { buildAdviceOdt } from '@shared/export/odt/adviceOdt';
import { buildPeriodReportOdt } from '@shared/export/odt/periodReportOdt';
import { buildPublicationRegisterCsv } from '@shared/export/csv/publicationRegisterCsv';
import type { PublishedAdvice } from '@shared/export/publicationRegister';
import { foldText } from '@shared/publication/foldedText';
import { toPublicAdvice, toPublicPeriodReport, toPublicRegister, type PublicAdvice } from '@shared/publication/publicModel';
import { dutchNames, fullName, nameForms, type DutchName } from '../../../fixtures/dutchNames';
import { adviceSource, adviceVersion } from '../../../fixtures/export/adviceSource';
import { periodReportSource } from '../../../fixtures/export/reportSources';
import { digitsHash, publicFile, publishedAdvice } from '../../../fixtures/export/publishedAdvices';
import { publicationSettings } from '../../../fixtures/publication';
import { unzipDocx } from '../export/support/docxParts';
import { amsterdam, unzipOdt } from '../export/odt/support';
import { readWithLibreOffice } from '../export/support/libreoffice';

/* Stored codes, identifiers and dates hold no free text; every other string of a record does. */
const codeKeys = new Set(['classification', 'status', 'technology', 'decision', 'kind', 'direction', 'roles', 'type', 'confidentialSections', 'variant']);
const isCodeKey = (key: string) => codeKeys.has(key) || /^(id|at)$|Id$|At$|On$/.test(key);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value);

/** Rich text that holds the name as plain text, marked, split over marks, after a line break and in a link's address. */
function namingDoc(text: string, n: DutchName) {
  const link = { type: 'link', attrs: { href: nameForms.addressWithName!(n) } };
  const punycode = { type: 'link', attrs: { href: nameForms.punycodeAddress!(n) } };
  const half = Math.ceil(n.given.length / 2);
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Overleg met ${text} over het plan.` }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Volgens ' },
          { type: 'text', text: n.given.slice(0, half), marks: [{ type: 'bold' }] },
          { type: 'text', text: `${n.given.slice(half)} ${[n.prefix, n.surname].filter(Boolean).join(' ')}`, marks: [{ type: 'italic' }] },
          { type: 'text', text: ' is het', marks: [link] },
          { type: 'hardBreak' },
          { type: 'text', text: 'profiel', marks: [punycode] },
          { type: 'text', text: ` van ${n.given}` },
          { type: 'hardBreak' },
          { type: 'text', text: [n.prefix, n.surname].filter(Boolean).join(' ') + ' bekend.' },
        ],
      },
    ],
  };
}

/*
 * Where the record names a person (process owner, requester, participant, reviewer), it names them plainly: the
 * filter takes those as names to find, so a sentence there would be found as one whole "name" wherever it stands.
 */
const nameKeys = new Set(['name', 'requester']);

/** The record with every free string, in every nesting, holding `text`, and every rich text naming the person. */
function filled<T>(value: T, text: string, n: DutchName, key = ''): T {
  if (typeof value === 'string' && nameKeys.has(key)) return fullName(n) as T;
  if (typeof value === 'string') return (isCodeKey(key) || isDate(value) ? value : `Overleg met ${text} over het plan.`) as T;
  if (Array.isArray(value)) return (isCodeKey(key) ? value : value.map((item) => filled(item, text, n, key))) as T;
  if (typeof value !== 'object' || value === null) return value;
  if ((value as { type?: unknown }).type === 'doc') return namingDoc(text, n) as T;
  return Object.fromEntries(Object.entries(value).map(([k, child]) => [k, filled(child, text, n, k)])) as T;
}

const register = dutchNames.map((n, i) => ({ name: fullName(n), role: i % 2 ? 'Lid adviesorgaan' : 'Inwoner' }));

/** An earlier advice the advice refers to, published, so its title is in the public version too. */
const precedent = { caseId: '00000000-0000-4000-8000-000000000501', reference: 'EA-2025-004', title: 'Camera’s in het winkelcentrum', adviceIssuedOn: '2025-06-12' };

function namedSource(text: string, n: DutchName): AdviceSource {
  const source = filled(adviceSource({ version: adviceVersion({ precedents: [precedent] }) }), text, n);
  return { ...source, people: register, publicNaming: 'role', publishedPrecedents: [precedent.caseId] };
}

const fold = (text: string) => foldText(text).text;
const tokensOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The name's words (and the given name and surname run together) wherever they show in the output, in any normalised form. */
function leaks(output: string, n: DutchName): string[] {
  const present = new Set(tokensOf(output));
  const words = [...tokensOf(n.given), ...tokensOf(n.surname)].filter((w) => w.length >= 3 && !['van', 'der', 'den'].includes(w));
  const found = words.filter((w) => present.has(w) || present.has(`${w}s`));
  // Words run together, as an invisible character between them leaves them: janvries, jandevries, and devries (long enough to be no accident).
  const squashed = fold(output).replace(/[^\p{L}\p{N}]+/gu, '');
  const [given, prefix, surname] = [tokensOf(n.given).join(''), tokensOf(n.prefix).join(''), tokensOf(n.surname).join('')];
  const joined = [given + surname, given + prefix + surname, ...(prefix && (prefix + surname).length >= 7 ? [prefix + surname] : [])];
  return [...found, ...new Set(joined.filter((spelling) => squashed.includes(spelling)))];
}

/** Every string of a value, whatever its shape: a field added to the model later is read too. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return [...Object.keys(value), ...Object.values(value).flatMap(strings)];
  return [];
}

const xmlText = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function docxText(bytes: Uint8Array): Promise<string> {
  const parts = await unzipDocx(bytes);
  const rels = (await parts.part('word/_rels/document.xml.rels')) ?? '';
  return [parts.document, parts.core, parts.custom, parts.app, rels, ...parts.headers, ...parts.footers].map(xmlText).join('\n');
}

/** The ODT's text, letterhead and properties, as a reader would search them. */
function odtText(bytes: Uint8Array): string {
  const parts = unzipOdt(bytes);
  return [parts.content, parts.styles, parts.meta].map(xmlText).join('\n');
}

/** The advice as published: on a date, at an address naming the person, in a file named after them. */
function published(source: AdviceSource, n: DutchName): PublishedAdvice {
  const publication = { classificationChecked: true, publicSummary: '', publishedOn: '2026-05-03', url: nameForms.addressWithName!(n) };
  return { source: { ...source, advice: { ...source.advice!, publication } }, files: [publicFile(`advies ${fullName(n)}.docx`, digitsHash)] };
}

const registerText = (advices: readonly PublishedAdvice[]) => new TextDecoder().decode(buildPublicationRegisterCsv(toPublicRegister(advices, publicationSettings(), '2026-06-01').register));

function publicAdvice(source: AdviceSource): { advice: PublicAdvice; fileName: string } {
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result;
}

describe('the public model: every string of it has passed the filter', () => {
  it('keeps no register name in any field, generically over the model’s shape', { timeout: 60_000 }, () => {
    for (const n of dutchNames) {
      const { advice, fileName } = publicAdvice(namedSource(fullName(n), n));
      expect(leaks([...strings(advice), fileName].join('\n'), n), fullName(n)).toEqual([]);
    }
  });

  it('fails when a field escapes the filter', () => {
    const n = dutchNames[0]!;
    const { advice } = publicAdvice(namedSource(fullName(n), n));
    expect(leaks(strings({ ...advice, addedLater: fullName(n) }).join('\n'), n)).not.toEqual([]);
  });

  it('the period report model too', { timeout: 60_000 }, () => {
    for (const n of dutchNames) {
      const source = periodReportSource(3);
      const named = { ...filled(source, fullName(n), n), advices: source.advices.map((a) => ({ ...namedSource(fullName(n), n), caseRecord: { ...namedSource(fullName(n), n).caseRecord, id: a.caseRecord.id, classification: a.caseRecord.classification } })) };
      const { report, fileName } = toPublicPeriodReport(named, publicationSettings());
      expect(leaks([...strings(report), fileName].join('\n'), n), fullName(n)).toEqual([]);
    }
  });

  it('the publication register too', { timeout: 60_000 }, () => {
    for (const n of dutchNames) {
      const { register, fileName } = toPublicRegister([published(namedSource(fullName(n), n), n)], publicationSettings(), '2026-06-01');
      expect(register.rows).toHaveLength(1);
      expect(leaks([...strings(register), fileName].join('\n'), n), fullName(n)).toEqual([]);
    }
  });
});

describe('the publication register', () => {
  const hash = 'ab'.repeat(32);

  it('lists each public file of a published advice, oldest publication first, with its fingerprint as recorded', () => {
    const { register, fileName } = toPublicRegister(
      [
        publishedAdvice(2, '2026-05-10', '', []),
        publishedAdvice(1, '2026-05-03', '', [publicFile('b.pdf', hash, '2026-05-03T08:00:00.000Z'), publicFile('a.docx', digitsHash, '2026-05-02T10:00:00.000Z')]),
      ],
      publicationSettings(),
      '2026-06-01',
    );
    expect(register.rows.map((row) => [row.reference, row.fileName, row.madeOn, row.sha256])).toEqual([
      ['EA-2026-001', 'a.docx', '2026-05-02', digitsHash],
      ['EA-2026-001', 'b.pdf', '2026-05-03', hash],
      ['EA-2026-002', '', null, ''],
    ]);
    expect(fileName).toBe('publicatieregister-2026-06-01.csv');
  });

  it('keeps the publication address only to a domain the link policy allows', () => {
    const rows = (url: string) => toPublicRegister([publishedAdvice(1, '2026-05-03', url, [])], publicationSettings(), '2026-06-01').register.rows;
    expect(rows('https://www.hengelo.nl/adviezen/ea-2026-001')[0]!.publicationUrl).toBe('https://www.hengelo.nl/adviezen/ea-2026-001');
    expect(rows('https://voorbeeld.nl/adviezen/ea-2026-001')[0]!.publicationUrl).toBe('');
    expect(rows('https://www.hengelo.nl/~noor-hendriks/advies')[0]!.publicationUrl).toBe('');
  });

  it('leaves out an advice not published and a confidential case', () => {
    const unpublished = publishedAdvice(1, '2026-05-03', '', []);
    unpublished.source.advice!.publication.publishedOn = null;
    const confidential = publishedAdvice(2, '2026-05-03', '', []);
    confidential.source.caseRecord.classification = 'vertrouwelijk';
    expect(toPublicRegister([unpublished, confidential], publicationSettings(), '2026-06-01').register.rows).toEqual([]);
  });
});

describe('leak property: no name in any form in any field of the written documents', () => {
  for (const [form, write] of Object.entries(nameForms)) {
    it(`public advice, name written as ${form}: Word, ODT, DiWoo and the publication register, properties and links`, { timeout: 60_000 }, async () => {
      const found: string[] = [];
      for (const n of dutchNames) {
        const source = namedSource(write(n), n);
        const { advice, fileName } = publicAdvice(source);
        const output = [
          await docxText(await buildAdviceDocument(advice, defaultHouseStyle)),
          odtText(buildAdviceOdt(advice, defaultHouseStyle, amsterdam)),
          xmlText(writeDiwoo(advice, amsterdam, 'odt')),
          fileName,
          registerText([published(source, n)]),
        ].join('\n');
        found.push(...leaks(output, n).map((w) => `${fullName(n)}: ${w}`));
      }
      expect(found).toEqual([]);
    });
  }

  it('period report: every name in every form, in every advice field', async () => {
    const advices = dutchNames.map((n, i) => {
      const source = namedSource(Object.values(nameForms).map((write) => write(n)).join(', en met '), n);
      const caseId = `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
      return { ...source, caseRecord: { ...source.caseRecord, id: caseId, reference: `EA-2026-${i}` } };
    });
    const { report } = toPublicPeriodReport({ ...periodReportSource(0), advices }, publicationSettings());
    const output = `${await docxText(await buildPeriodReport(report, defaultHouseStyle))}\n${odtText(buildPeriodReportOdt(report, defaultHouseStyle))}`;
    expect(dutchNames.flatMap((n) => leaks(output, n).map((w) => `${fullName(n)}: ${w}`))).toEqual([]);
  }, 60_000);

  it('as LibreOffice reads the public advice: every name in every form', { timeout: 180_000 }, async () => {
    const text = Object.values(nameForms).flatMap((write) => dutchNames.map((n) => `Overleg met ${write(n)} over het plan.`)).join(' ');
    const source = { ...adviceSource(), people: register };
    source.version = {
      ...source.version,
      sections: { ...source.version.sections, considerations: { type: 'doc', content: text.split('. ').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) } },
    };
    const { advice } = publicAdvice(source);
    const { text: read } = await readWithLibreOffice(await buildAdviceDocument(advice, defaultHouseStyle), 'advies-namen');
    expect(read).toContain('Overleg met');
    expect(dutchNames.flatMap((n) => leaks(read, n).map((w) => `${fullName(n)}: ${w}`))).toEqual([]);
  });
});
