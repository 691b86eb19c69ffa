import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDiwoo } from '@shared/export/diwoo/diwooDocument';
import { checkPublisher, type Publisher } from '@shared/export/diwoo/publisher';
import { fileFormats, actionVaststelling, documentTypeAdvies, informationCategoryAdviezen, languageDutch, themeUri } from '@shared/export/diwoo/tooiConcepts';
import { tooiMunicipalities } from '@shared/export/diwoo/tooiMunicipalities';
import { tooiThemes } from '@shared/export/diwoo/tooiThemes';
import { toPublicAdvice, type PublicAdvice } from '@shared/publication/publicModel';
import { adviceSource, caseRecord, secretNames } from '../../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../../fixtures/publication';
import { diwooFixtures, validateDiwoo } from '../support/xmllint';

const amsterdam: Publisher = { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363', name: 'Gemeente Amsterdam' };

function publicAdvice(themes = ['ethiek', 'slimme camera’s']): PublicAdvice {
  const source = adviceSource();
  const result = toPublicAdvice({ ...source, caseRecord: caseRecord({ themes }) }, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

/** Every enumeration of one value list: URI to its first label. */
async function valueList(name: string): Promise<Map<string, string>> {
  const xsd = await readFile(join(diwooFixtures, 'xsd/diwoo/diwoo-metadata-lijsten.xsd'), 'utf8');
  const start = xsd.indexOf(`<xs:simpleType name="${name}"`);
  const block = xsd.slice(start, xsd.indexOf('</xs:simpleType>', start));
  const entries = [...block.matchAll(/<xs:enumeration value="([^"]+)">\s*<xs:annotation>\s*<xs:documentation>\s*<dita:p[^>]*>([^<]*)<\/dita:p>/g)];
  return new Map(entries.map(([, uri, label]) => [uri!, label!.replace(/&apos;/g, "'")]));
}

describe('DiWoo metadata of a published advice', () => {
  it('validates against the DiWoo 0.9.8 schema, with the TOOI concepts an advice is filed under', async () => {
    const xml = writeDiwoo(publicAdvice(), amsterdam, 'pdf');
    const check = await validateDiwoo(xml);
    expect(check.messages).toContain('validates');
    expect(check.valid).toBe(true);
    expect(xml).toContain('<diwoo:identifier>EA-2026-007</diwoo:identifier>');
    expect(xml).toContain('<diwoo:publisher resource="https://identifier.overheid.nl/tooi/id/gemeente/gm0363">Gemeente Amsterdam</diwoo:publisher>');
    expect(xml).toContain('<diwoo:verantwoordelijke resource="https://identifier.overheid.nl/tooi/id/gemeente/gm0363">Gemeente Amsterdam</diwoo:verantwoordelijke>');
    expect(xml).toContain('<diwoo:naamOpsteller>Ethisch adviesorgaan</diwoo:naamOpsteller>');
    expect(xml).toContain('<diwoo:informatiecategorie resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7">adviezen</diwoo:informatiecategorie>');
    expect(xml).toContain('<diwoo:documentsoort resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_d506b718">advies</diwoo:documentsoort>');
    expect(xml).toContain('<diwoo:creatiedatum>2026-04-02</diwoo:creatiedatum>');
    expect(xml).toContain('<diwoo:atTime>2026-04-02T09:00:00.000Z</diwoo:atTime>');
    expect(xml).toContain('<diwoo:language resource="http://publications.europa.eu/resource/authority/language/NLD">Nederlands</diwoo:language>');
    expect(xml).toContain('<diwoo:format resource="http://publications.europa.eu/resource/authority/file-type/PDF">PDF</diwoo:format>');
    expect(xml).toContain('<diwoo:thema resource="https://identifier.overheid.nl/tooi/def/thes/top/c_218c52ee">ethiek</diwoo:thema>');
    expect(xml).toContain('<diwoo:thema>slimme camera’s</diwoo:thema>');
    expect(xml).toContain('<diwoo:key>classificatie</diwoo:key><diwoo:values><diwoo:value>Openbaar</diwoo:value>');
    for (const name of secretNames) expect(xml).not.toContain(name);
  });

  it('carries the publication date, escapes text and names each file format the schema knows', async () => {
    const advice = { ...publicAdvice(), publishedOn: '2026-04-20', title: 'Camera’s & <privacy>' } as PublicAdvice;
    for (const format of ['odt', 'docx'] as const) {
      const xml = writeDiwoo(advice, amsterdam, format);
      expect((await validateDiwoo(xml)).valid).toBe(true);
      expect(xml).toContain(`resource="${fileFormats[format].uri}"`);
      expect(xml).toContain('<diwoo:key>openbaarmakingsdatum</diwoo:key><diwoo:values><diwoo:value>2026-04-20</diwoo:value>');
      expect(xml).toContain('Camera’s &amp; &lt;privacy&gt;');
    }
  });

  it('the schema check can fail: the invalid sample and a made-up municipality code are refused', async () => {
    const invalid = await readFile(join(diwooFixtures, 'invalid-missing-publisher.xml'), 'utf8');
    expect((await validateDiwoo(invalid)).valid).toBe(false);
    const madeUp = writeDiwoo(publicAdvice(), { ...amsterdam, uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' }, 'pdf');
    expect((await validateDiwoo(madeUp)).valid).toBe(false);
    expect(checkPublisher({ name: 'Gemeente', code: '9999' }).ok).toBe(false);
  });

  it('takes every TOOI and EU concept from the value lists of the schema', async () => {
    const expectIn = async (list: string, concept: { uri: string; label: string }) => expect((await valueList(list)).get(concept.uri)).toBe(concept.label);
    await expectIn('informatiecategorielijst', informationCategoryAdviezen);
    await expectIn('documentsoortlijst', documentTypeAdvies);
    await expectIn('soorthandelinglijst', actionVaststelling);
    await expectIn('taallijst', languageDutch);
    for (const format of Object.values(fileFormats)) await expectIn('formatlijst', format);
    const municipalities = await valueList('gemeentelijst');
    expect(Object.fromEntries(Object.entries(tooiMunicipalities).map(([code, name]) => [`https://identifier.overheid.nl/tooi/id/gemeente/gm${code}`, name]))).toEqual(
      Object.fromEntries(municipalities),
    );
    const themes = await valueList('themalijst');
    expect(Object.fromEntries(Object.entries(tooiThemes).map(([label, id]) => [themeUri(id), label]))).toEqual(Object.fromEntries(themes));
  });
});
