import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PublicationRecord } from '@shared/publication/publicationRecord';
import { sha256Hex } from '@shared/backup/sha256';
import { unzipDocx } from '../unit/shared/export/support/docxParts';
import { adviceSource, adviceVersion, docOf } from '../fixtures/export/adviceSource';
import { putRecords, readRecord } from './actions/seed';
import { axeViolations } from './support/axe';
import { seedAdviceNaming } from './support/advice';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

/* A resident who is in no register, named in the considerations. */
const citizen = 'Karin Smeets';

const seed = (page: Page) => seedAdviceNaming(page, citizen);

const saveDownload = (page: Page, button: string) => session.download(page, () => page.getByRole('button', { name: button }).click());

async function openPublicExport(page: Page) {
  await page.getByRole('link', { name: 'Rapportage' }).click();
  await page.getByLabel('Van', { exact: true }).fill('2026-04-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-04-30');
  await page.getByText('1 advies uitgebracht in deze periode.').waitFor();
  await page.getByRole('button', { name: 'Openbare versie (.docx)' }).click();
  await page.getByRole('heading', { name: 'Controle voor publicatie' }).waitFor();
}

describe('review before publication', () => {
  it('lists a leftover name, blocks the export until it is handled, and remembers the decision', async () => {
    const page = await session.newProfile().open();
    const source = await seed(page);
    await openPublicExport(page);

    const exportButton = page.getByRole('button', { name: 'Openbare versie exporteren' });
    const leftover = page.getByRole('radiogroup', { name: `Beslissing over ‘Mevrouw ${citizen}’` });
    await leftover.waitFor();
    expect(await page.getByText(`belde over de camera`).first().textContent()).toContain(citizen);
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Alle zekere vervangingen accepteren' }).click();
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByText('Nog 1 punt te beoordelen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await leftover.getByRole('radio', { name: /^Vervangen door/ }).check();
    await page.getByText('Alles is beoordeeld.').waitFor();
    const file = await saveDownload(page, 'Openbare versie exporteren');
    expect(file.name).toBe('advies-EA-2026-007-openbaar.docx');
    const { document } = await unzipDocx(file.bytes);
    expect(document).not.toContain('Smeets');
    expect(document).not.toContain('Noor Hendriks');

    await page.getByText('advies-EA-2026-007-openbaar.docx is gedownload.').waitFor();
    const record = (await readRecord(page, 'publicationRecords', source.version.id)) as PublicationRecord;
    expect(record.decisions).toContainEqual({ key: `candidate:mevrouw ${citizen.toLowerCase()}`, decision: 'accept' });
    expect(record.exports.map((e) => e.sha256)).toEqual([await sha256Hex(file.bytes)]);

    // The same version again: the review opens with every decision already made.
    await page.getByRole('button', { name: 'Openbare versie (.docx)' }).click();
    await page.getByText('Alles is beoordeeld.').waitFor();
    expect(await exportButton.isDisabled()).toBe(false);
  });
});

describe('adding a found name to the register from the review', () => {
  it('puts the person in the register, replaces the name by the chosen role and keeps the decision', async () => {
    const page = await session.newProfile().open();
    const source = await seed(page);
    await openPublicExport(page);

    const leftover = page.getByRole('radiogroup', { name: `Beslissing over ‘Mevrouw ${citizen}’` });
    await leftover.getByRole('radio', { name: 'Aan register toevoegen en vervangen door de rol' }).check();
    const form = page.getByRole('group', { name: `‘Mevrouw ${citizen}’ aan het personenregister toevoegen` });
    expect(await form.getByLabel('Naam in het register').inputValue()).toBe(citizen);
    await form.getByRole('button', { name: 'Toevoegen aan register' }).click();
    await form.getByText('Maak een keuze.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel('Rol').selectOption({ label: 'Inwoner op afroep' });
    await form.getByRole('button', { name: 'Toevoegen aan register' }).click();

    // The filter ran again with her in the register: the same words are now a replacement by her role, already decided.
    await page.getByText(`${citizen} staat nu in het personenregister en wordt vervangen door ‘Inwoner op afroep’.`).waitFor();
    expect(await leftover.getByRole('radio', { name: 'Vervangen door ‘Inwoner op afroep’' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Alle zekere vervangingen accepteren' }).click();
    await page.getByText('Alles is beoordeeld.').waitFor();
    const file = await saveDownload(page, 'Openbare versie exporteren');
    const { document } = await unzipDocx(file.bytes);
    expect(document).not.toContain('Smeets');
    expect(document).toContain('Inwoner op afroep belde over de camera');

    const record = (await readRecord(page, 'publicationRecords', source.version.id)) as PublicationRecord;
    expect(record.decisions).toEqual(
      expect.arrayContaining([
        { key: `candidate:mevrouw ${citizen.toLowerCase()}`, decision: 'add_to_register' },
        { key: `name:mevrouw ${citizen.toLowerCase()}`, decision: 'accept' },
      ]),
    );
    await page.getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('cell', { name: citizen }).waitFor();
  });
});

describe('links in the public version', () => {
  it('keep their address only to the municipality’s domain and the domains in Settings', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Domein van de gemeente (website)').fill('https://www.utrecht.nl/');
    const links = page.getByRole('group', { name: 'Links in openbare documenten' });
    await links.getByLabel('Domein toevoegen').fill('rechtspraak');
    await links.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await links.getByText('Vul een domeinnaam in, zoals utrecht.nl of wetten.overheid.nl.').waitFor();
    await links.getByLabel('Domein toevoegen').fill('Rechtspraak.nl');
    await links.getByLabel('Domein toevoegen').press('Enter');
    await links.getByRole('listitem').filter({ hasText: 'rechtspraak.nl' }).waitFor();
    await links.getByRole('button', { name: 'europa.eu verwijderen' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await links.getByText('Het eigen domein van de gemeente, utrecht.nl, hoort er altijd bij.').waitFor();

    const link = (text: string, href: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
    const base = adviceVersion();
    const considerations = docOf({
      type: 'paragraph',
      content: [
        link('de regels van de gemeente', 'https://www.utrecht.nl/regels'),
        { type: 'text', text: ', ' },
        link('de uitspraak', 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2024:1'),
        { type: 'text', text: ', ' },
        link('het besluit', 'https://eur-lex.europa.eu/eli/reg/2016/679'),
        { type: 'text', text: ' en ' },
        link('een blog', 'https://voorbeeld.nl/blog'),
        { type: 'text', text: '.' },
      ],
    });
    const linked = adviceSource({ version: { ...base, sections: { ...base.sections, considerations } } });
    await putRecords(page, 'cases', [linked.caseRecord]);
    await putRecords(page, 'advices', [linked.advice!]);
    await putRecords(page, 'adviceVersions', [linked.version]);
    await openPublicExport(page);
    await page.getByRole('button', { name: 'Alle zekere vervangingen accepteren' }).click();
    await page.getByText('Alles is beoordeeld.').waitFor();
    const file = await saveDownload(page, 'Openbare versie exporteren');

    const parts = await unzipDocx(file.bytes);
    const targets = [...((await parts.part('word/_rels/document.xml.rels')) ?? '').matchAll(/Target="(https?:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(targets).toEqual(expect.arrayContaining(['https://www.utrecht.nl/regels', 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2024:1']));
    expect(targets.filter((target) => /europa|voorbeeld/.test(target))).toEqual([]);
    expect(parts.document).toContain('het besluit');
    expect(parts.document).toContain('een blog');
  });
});
