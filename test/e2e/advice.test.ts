import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember, openPeople, registerPerson } from './people/steps';
import {
  adviceSaved,
  adviceSection,
  auditSentences,
  fillDeliberationRecord,
  moveCaseThrough,
  outcomePanel,
  recordReview,
  setUserName,
  stepVersion,
} from './support/advice';
import { addDays } from '@shared/advice/deadlines';
import { planMeeting, registerCase } from './support/app';
import { axeViolations } from './support/axe';
import { unreachableByTab } from './support/keyboard';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

const title = 'Slimme camera’s op het Stationsplein';
const question = 'Mogen we beelden automatisch laten analyseren op groepsvorming?';
const topicSummary = 'Camera’s op het Stationsplein die groepsvorming herkennen.';
const reasons = 'Gezichtsherkenning blijft uit; de bewaartermijn blijft voorlopig dertig dagen.';
const publicationUrl = 'https://www.gemeente.example.nl/adviezen/stationsplein';

/* The advice is issued today and what follows may not lie before it: local calendar days, as the app reckons them. */
const today = new Date().toLocaleDateString('sv-SE');
const reReviewOn = addDays(today, 365);
const inDutch = (isoDate: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await unreachableByTab(page)).toEqual([]);
}

/** Everything before the advice: people, the case with its board, a meeting with a structured record. */
async function prepareCase(page: Page): Promise<string> {
  await setUserName(page, 'Sanne Secretaris');
  await openPeople(page);
  await registerPerson(page, { name: 'Anna de Vries', roles: ['Voorzitter'] });
  await registerPerson(page, { name: 'Bram Özdemir', roles: ['Lid adviesorgaan'] });
  await registerPerson(page, { name: 'Carla Jansen', roles: ['Adviseur (FG, privacy, CISO)'] });
  await page.getByRole('link', { name: 'Casussen' }).click();
  await registerCase(page, { title, question, owner: 'Fatima El Amrani' });
  const caseUrl = page.url();
  await addMember(page, 'Anna de Vries', 'Lid adviesorgaan');
  await addMember(page, 'Bram Özdemir', 'Lid adviesorgaan');
  await page.locator('.case-board [data-board-member="Bram Özdemir"]').waitFor();

  await planMeeting(page, 'Vergadering juni', ['Stationsplein']);
  await page.getByRole('link', { name: 'Vergadermodus' }).click();
  await fillDeliberationRecord(page, {
    actor: 'Reizigers',
    positive: 'Sneller hulp bij incidenten',
    negative: 'Gevoel bekeken te worden',
    values: 'privacy\nveiligheid',
    options: ['Geen gezichtsherkenning', 'Bewaartermijn van zeven dagen', 'Operators krijgen een training'],
    dissent: 'Bram Özdemir wil eerst een proef zonder analyse.',
  });

  await page.goto(caseUrl);
  await moveCaseThrough(page, ['In voorbereiding', 'In beraadslaging', 'Advies in opstelling']);
  return caseUrl;
}

describe('the advice of a case, from draft to publication', () => {
  // One flow through the whole life of an advice, with two full keyboard walks: more than the default minute.
  it('drafts, fact-checks, reviews, issues, records conclusion and follow-up, and publishes; all of it and the audit trail survive a reload', async () => {
    const page = await session.newProfile().open();
    const caseUrl = await prepareCase(page);

    // Start: the draft is pre-filled from the case and the deliberation record.
    await page.getByRole('link', { name: 'Advies', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Advies: ${title}` }).waitFor();
    await page.getByRole('button', { name: 'Advies opstellen' }).click();
    await adviceSection(page, 'Adviesvraag').waitFor();
    expect(await adviceSection(page, 'Adviesvraag').textContent()).toContain(question);
    expect(await adviceSection(page, 'Afwegingen').textContent()).toMatch(/Reizigers.*Sneller hulp bij incidenten.*Gevoel bekeken te worden.*privacy/);
    expect(await adviceSection(page, 'Minderheidsstandpunt').textContent()).toBe('Bram Özdemir wil eerst een proef zonder analyse.');
    // Texts paint first and become editors one by one when the browser is idle.
    await page.locator('.advice-editor:not(:has(.rich-text--pending))').waitFor();
    // Texts paint first and become editors when the browser is idle; either way they are textboxes.
    await expect
      .poll(() => page.locator('.advice-recommendations [role="textbox"]').allTextContents())
      .toEqual(['Geen gezichtsherkenning', 'Bewaartermijn van zeven dagen', 'Operators krijgen een training']);
    expect(await axeViolations(page)).toEqual([]);

    await adviceSection(page, 'Korte beschrijving van het onderwerp').click();
    await page.keyboard.type(topicSummary);
    await adviceSaved(page);
    // The trail follows autosave: the edit shows without a reload or any other save.
    await expect.poll(async () => (await auditSentences(page))[0]).toBe('Versie 1 bewerkt: Korte beschrijving van het onderwerp');
    const adviceUrl = page.url();

    // The optional fact check by the process owner, before issue.
    const factCheck = outcomePanel(page, 'factCheck');
    await factCheck.getByRole('button', { name: 'Feitencheck vragen' }).click();
    await factCheck.getByText(/^Feitencheck op versie 1 gevraagd op /).waitFor();
    await factCheck.getByLabel('Reactie van de proceseigenaar').fill('Het zijn zes camera’s, niet vijf.');
    await factCheck.getByRole('button', { name: 'Reactie vastleggen' }).click();
    await factCheck.getByText(/^Reactie van de proceseigenaar ontvangen op /).waitFor();

    // A second window keeps the draft editor open while the first one issues the advice.
    const stale = await page.context().newPage();
    await stale.goto(adviceUrl);
    await adviceSection(stale, 'Korte beschrijving van het onderwerp').waitFor();

    await stepVersion(page, 'Ter beoordeling voorleggen', 'ter beoordeling');
    await recordReview(page, 'Bram Özdemir', 'commentaar', 'Noem de bewaartermijn concreet.');
    await recordReview(page, 'Anna de Vries', 'goedgekeurd');
    const reviews = await page.locator('.advice-reviews li').allTextContents();
    expect(reviews).toEqual([
      expect.stringMatching(/^Bram Özdemir — commentaar \(.+\)Noem de bewaartermijn concreet\.$/),
      expect.stringMatching(/^Anna de Vries — goedgekeurd \(.+\)$/),
    ]);
    await stepVersion(page, 'Goedkeuren', 'goedgekeurd');
    await stepVersion(page, 'Advies uitbrengen', 'uitgebracht');

    // Issued: no editor, no step left. The second window was read-only all along (one window writes),
    // so its still-open draft editor takes no keystroke; the repository's refusal is unit-tested.
    expect(await page.locator('[contenteditable="true"], .rich-text--pending').count()).toBe(0);
    expect(await page.locator('.advice-steps').count()).toBe(0);
    await stale.getByText('Beraad is al geopend in een ander venster of tabblad.', { exact: false }).waitFor();
    const staleSummary = adviceSection(stale, 'Korte beschrijving van het onderwerp');
    const before = await staleSummary.textContent();
    expect(await staleSummary.getAttribute('contenteditable')).toBe('false');
    await staleSummary.click();
    await stale.keyboard.press('Control+End');
    await stale.keyboard.type(' Nog even aangepast.');
    expect(await staleSummary.textContent()).toBe(before);
    await stale.close();

    // The conclusion: reasons are required when the advice is only partly adopted.
    const conclusion = outcomePanel(page, 'conclusion');
    await conclusion.getByText(/De conclusie wordt uiterlijk .+ verwacht \(6 weken na uitbrengen\)\./).waitFor();
    expect(await conclusion.getByText(/te laat/).count()).toBe(0);
    await conclusion.getByLabel('Deels overgenomen').check();
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await conclusion.getByText('Geef de redenen: het advies is niet volledig overgenomen.').waitFor();
    await conclusion.getByLabel('Redenen').fill(reasons);
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await conclusion.getByText(/^Conclusie vastgelegd: deels overgenomen, ontvangen op /).waitFor();
    // The conclusion shows as soon as it is stored; "Opgeslagen" follows once the form's draft is gone too.
    await expect.poll(() => conclusion.locator('[data-save-status]').textContent()).toBe('Opgeslagen');

    // Follow-up with the alderman.
    const followUp = outcomePanel(page, 'followUp');
    await followUp.getByLabel('Besproken met de wethouder op').fill(today);
    await followUp.getByLabel('Vervolg door het college').check();
    await followUp.getByLabel('Herbeoordeling op').fill(reReviewOn);
    await followUp.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await followUp.getByText(`Herbeoordeling gepland op ${inDutch(reReviewOn)}.`).waitFor();

    // Publication: the preview names people by role and the date needs the classification checked.
    const publication = outcomePanel(page, 'publication');
    expect(await publication.textContent()).toContain('Classificatie van de casus: Openbaar.');
    await publication.getByRole('button', { name: 'Openbare versie bekijken' }).click();
    const preview = publication.locator('[data-public-version]');
    expect(await preview.textContent()).toContain('Lid adviesorgaan wil eerst een proef zonder analyse.');
    expect(await preview.textContent()).not.toContain('Bram Özdemir');
    // What will be published includes the process owner's conclusion, as the document has it.
    const conclusionInPreview = preview.locator('[data-public-conclusion]');
    await expect(conclusionInPreview.getByRole('heading', { name: 'Conclusie van de proceseigenaar' }).count()).resolves.toBe(1);
    expect(await conclusionInPreview.textContent()).toContain('Besluit: Advies deels overgenomen');
    expect(await conclusionInPreview.textContent()).toContain(reasons);
    await publication.getByLabel('Korte openbare beschrijving').fill('Advies over camera’s met beeldanalyse.');
    await publication.getByLabel('Gepubliceerd op', { exact: true }).fill(today);
    await publication.getByLabel('Adres van de publicatie').fill('http://www.gemeente.example.nl/advies');
    await publication.getByRole('button', { name: 'Publicatie opslaan' }).click();
    await publication.getByText('Vul een volledig https-adres in', { exact: false }).waitFor();
    await publication.getByLabel('Adres van de publicatie').fill(publicationUrl);
    await publication.getByRole('button', { name: 'Publicatie opslaan' }).click();
    await publication.getByText('Controleer eerst de classificatie.').waitFor();
    await publication.getByLabel('Classificatie gecontroleerd').check();
    await publication.getByRole('button', { name: 'Publicatie opslaan' }).click();
    await publication.getByText(`Gepubliceerd op ${inDutch(today)}.`).waitFor();
    await expect.poll(async () => (await auditSentences(page))[0]).toBe(`Gepubliceerd op ${inDutch(today)}: ${publicationUrl}`);
    await expectAccessible(page);

    // Everything is stored: reload and read it back.
    await page.reload();
    await page.getByText('U ziet versie 1 (uitgebracht).').waitFor();
    expect(await page.locator('.advice-read').textContent()).toContain(topicSummary);
    expect(await page.locator('.advice-read').textContent()).not.toContain('Nog even aangepast');
    expect(await conclusion.getByLabel('Deels overgenomen').isChecked()).toBe(true);
    expect(await conclusion.getByLabel('Redenen').inputValue()).toBe(reasons);
    expect(await followUp.getByLabel('Vervolg door het college').isChecked()).toBe(true);
    expect(await publication.getByLabel('Classificatie gecontroleerd').isChecked()).toBe(true);
    expect(await publication.getByLabel('Adres van de publicatie').inputValue()).toBe(publicationUrl);
    await publication.getByText(`Gepubliceerd op ${inDutch(today)}.`).waitFor();

    // The trail loads after the page has painted, so it is polled rather than read once.
    await expect.poll(() => auditSentences(page)).toEqual([
      `Gepubliceerd op ${inDutch(today)}: ${publicationUrl}`,
      `Opvolging opgeslagen: besproken met de wethouder op ${inDutch(today)}; vervolg door het college; herbeoordeling op ${inDutch(reReviewOn)}`,
      expect.stringMatching(/^Conclusie van de proceseigenaar vastgelegd: deels overgenomen, ontvangen op /),
      'Versie 1 uitgebracht',
      'Versie 1 goedgekeurd',
      'Versie 1 goedgekeurd door Anna de Vries',
      'Commentaar van Bram Özdemir op versie 1',
      'Versie 1 ter beoordeling voorgelegd',
      expect.stringMatching(/^Reactie op de feitencheck ontvangen op /),
      expect.stringMatching(/^Feitencheck op versie 1 gevraagd op /),
      'Versie 1 bewerkt: Korte beschrijving van het onderwerp',
      'Advies opgesteld als concept, vooraf ingevuld uit de vergaderingen',
    ]);
    const trail = await auditSentences(page);
    expect(new Set(await page.locator('.audit-trail tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set(['Sanne Secretaris']));
    await expectAccessible(page);

    // The case page shows the published status and the same trail.
    await page.goto(caseUrl);
    await page.locator('.case-page .status-label', { hasText: 'Gepubliceerd' }).waitFor();
    await expect.poll(() => auditSentences(page)).toEqual(trail);
  }, 150_000);
});
