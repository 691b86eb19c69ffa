import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adviceSchema, adviceVersionSchema, type Advice, type AdviceVersion } from '@shared/advice/adviceSchema';
import { addDays } from '@shared/advice/deadlines';
import { actionRecord, putRecords } from './actions/seed';
import { addMember, declareConflict, openPeople, registerPerson } from './people/steps';
import { outcomePanel, setUserName } from './support/advice';
import { loadSamples, planMeeting } from './support/app';
import { formControlProblems } from './support/formControls';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

/* Local calendar days, as the app reckons them; the browser runs on this machine's clock and zone. */
const today = new Date().toLocaleDateString('sv-SE');

const text = (words: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] });

/**
 * An advice as shared/advice/adviceSchema.ts stores it, with the texts of its
 * versions: every version but the last is issued, the last has `status`.
 */
function seededAdvice(caseId: string, status: AdviceVersion['status'], count: number, outcome: Partial<Advice> = {}) {
  const issuedOn = count > 1 || status === 'issued' ? addDays(today, -40) : null;
  const versions = Array.from({ length: count }, (_, index) =>
    adviceVersionSchema.parse({
      id: crypto.randomUUID(),
      caseId,
      number: index + 1,
      status: index + 1 === count ? status : 'issued',
      reason: index === 0 ? '' : 'De leverancier voegt gezichtsherkenning toe.',
      sections: {
        topicSummary: text(`Camera’s die groepsvorming herkennen, versie ${index + 1}.`),
        question: text('Mogen we beelden automatisch laten analyseren?'),
        context: text('Het plein is druk in het weekend.'),
        working: text('Begeleidingsethiek in twee vergaderingen.'),
        considerations: text('Privacy weegt zwaar.'),
        minorityView: text(''),
      },
      confidentialSections: [],
      recommendations: [{ id: crypto.randomUUID(), text: text('Bewaar beelden kort.'), direction: 'technology', confidential: false }],
      working: { methods: [], meetings: [], participants: [] },
      reviews: [],
      createdAt: `${addDays(today, -60)}T12:00:00.000Z`,
      updatedAt: `${addDays(today, -60)}T12:00:00.000Z`,
      issuedAt: index + 1 === count && status !== 'issued' ? null : `${issuedOn}T12:00:00.000Z`,
    }),
  );
  const advice = adviceSchema.parse({
    caseId,
    versions: versions.map(({ id, number, status, reason, createdAt, issuedAt }) => ({ id, number, status, reason, createdAt, issuedAt })),
    latest: { number: count, status },
    issuedOn,
    factCheck: null,
    conclusion: null,
    conclusionRecordedAt: null,
    followUp: { discussedOn: null, decision: null, reReviewOn: null, note: '' },
    publication: { classificationChecked: false, publicSummary: '', publishedOn: null, url: '' },
    createdAt: versions[0]!.createdAt,
    updatedAt: versions[0]!.createdAt,
    ...outcome,
  });
  return { advice, versions };
}

async function seedAdvice(page: Page, seeded: ReturnType<typeof seededAdvice>): Promise<void> {
  await putRecords(page, 'advices', [seeded.advice]);
  await putRecords(page, 'adviceVersions', seeded.versions);
}

/** The ids of the sample cases, in list order. */
async function sampleCaseIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('[data-case-row] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^#\/casussen\//, ''));
}

/** Goes to a screen by its route and waits until `ready` shows: what is checked is the screen, not its loading line. */
async function visit(page: Page, route: string, ready: string): Promise<void> {
  await page.goto(`${session.url}#/${route}`);
  await page
    .locator(ready)
    .first()
    .waitFor()
    .catch((error: Error) => {
      throw new Error(`/${route} did not show ${ready}: ${error.message}`);
    });
}

describe('forms', () => {
  // Seeding and visiting every screen is more than the default minute.
  it('every screen with realistic data has unique ids and a name for every control', async () => {
    const page = await session.newProfile().open();
    await setUserName(page, 'Sanne Secretaris');
    await page.getByRole('link', { name: 'Casussen', exact: true }).click();
    await loadSamples(page);
    const [cameras, sensors] = await sampleCaseIds(page);

    await openPeople(page);
    await registerPerson(page, { name: 'Anna de Vries', roles: ['Voorzitter'] });
    await registerPerson(page, { name: 'Bram Özdemir', roles: ['Lid adviesorgaan'] });
    await page.goto(`${session.url}#/casussen/${cameras}`);
    await addMember(page, 'Anna de Vries', 'Lid adviesorgaan');
    await addMember(page, 'Bram Özdemir', 'Lid adviesorgaan');
    await page.locator('.case-board [data-board-member="Bram Özdemir"]').waitFor();
    await page.getByLabel(/Document toevoegen/).setInputFiles({ name: 'notitie.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByText('notitie.pdf').waitFor();
    await declareConflict(page, 'Bram Özdemir', 'Werkte bij de leverancier.', 'Neemt niet deel');
    await page.locator('[data-conflict-row="Bram Özdemir"]').waitFor();
    await planMeeting(page, 'Vergadering juni', ['Stationsplein', 'sensoren']);
    const meeting = new URL(page.url()).hash.replace('#/vergaderingen/', '');

    // A second version in review after an issued first one, with everything that came of the first.
    const conclusionOn = addDays(today, -20);
    await seedAdvice(
      page,
      seededAdvice(cameras!, 'review', 2, {
        factCheck: { versionNumber: 2, requestedOn: addDays(today, -3), respondedOn: null, response: '' },
        conclusion: { decision: 'partly_adopted', reasons: 'Gezichtsherkenning blijft uit.', receivedOn: conclusionOn },
        conclusionRecordedAt: `${conclusionOn}T12:00:00.000Z`,
        followUp: { discussedOn: addDays(today, -10), decision: 'college', reReviewOn: addDays(today, 300), note: 'Na een jaar opnieuw.' },
        publication: { classificationChecked: true, publicSummary: 'Camera’s op het plein.', publishedOn: addDays(today, -5), url: '' },
      }),
    );
    await seedAdvice(page, seededAdvice(sensors!, 'draft', 1));
    await putRecords(page, 'actions', [actionRecord(cameras!, 'Bewaartermijn navragen', addDays(today, -2))]);
    await page.goto(`${session.url}#/instellingen/methoden`);
    const methodHref = await page.locator('main a[href*="instellingen/methoden/"]').first().getAttribute('href');

    const screens: [route: string, ready: string, then?: () => Promise<void>][] = [
      ['', '[data-case-row]'],
      [
        'casussen/nieuw',
        'form.case-form',
        async () => {
          await page.getByRole('button', { name: 'Registreren' }).click();
          await page.getByText(/Het formulier bevat/).waitFor();
        },
      ],
      [`casussen/${cameras}`, '[data-conflict-row="Bram Özdemir"]'],
      [`casussen/${cameras}/bewerken`, 'form.case-form'],
      [
        `casussen/${cameras}/advies`,
        '[data-outcome="publication"] form',
        async () => {
          await page.getByRole('button', { name: 'Openbare versie bekijken' }).click();
          await page.locator('[data-public-version]').waitFor();
        },
      ],
      [`casussen/${cameras}/advies?versie=1`, '.advice-read'],
      [`casussen/${cameras}/advies/vergelijk?links=1&rechts=2`, 'main h1'],
      [`casussen/${sensors}/advies`, '.advice-editor:not(:has(.rich-text--pending))'],
      ['instellingen', 'form.settings-form'],
      ['instellingen/methoden', 'main h1'],
      [methodHref!.replace(/^#\//, ''), 'main form'],
      ['instellingen/huisstijl', 'main form'],
      ['instellingen/back-up', 'main h1'],
      [
        'rapportage',
        'main input[type="date"]',
        async () => {
          await page.getByLabel('Van').fill(addDays(today, -100));
          await page.getByLabel('Tot en met').fill(today);
          await page.locator('.report-list li').waitFor();
        },
      ],
      ['overzicht', 'main h1'],
      ['adviezen', '[data-register-row]'],
      ['acties', 'main table'],
      [
        'personen',
        '[data-person-row]',
        async () => {
          await page.getByRole('button', { name: 'Anna de Vries bewerken' }).click();
          await expect.poll(() => page.getByLabel('Naam').inputValue()).toBe('Anna de Vries');
        },
      ],
      ['vergaderingen', 'main h1'],
      ['vergaderingen/nieuw', 'main form'],
      [`vergaderingen/${meeting}`, 'main h1'],
      [`vergaderingen/${meeting}/bewerken`, 'main form'],
      [`vergaderingen/${meeting}/agenda`, 'main h1'],
      [`vergaderingen/${meeting}/modus`, '.meeting-mode__header'],
      ['prullenbak', 'main h1'],
    ];
    const problems: Record<string, string[]> = {};
    for (const [route, ready, then] of screens) {
      await visit(page, route, ready);
      await then?.();
      const found = await formControlProblems(page);
      if (found.length > 0) problems[`/${route}`] = found;
    }
    expect(problems).toEqual({});
  }, 240_000);

  it('the check itself sees a duplicate id, a label pointing at the wrong twin and an unnamed button', async () => {
    const page = await session.newProfile().open();
    await page.evaluate(`(() => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML('beforeend', '<label for="twin">Eerste</label><input type="radio" id="twin"><input type="radio" id="twin"><button type="button"></button>');
    })()`);
    expect(await formControlProblems(page)).toEqual([
      'id "twin" appears 2 times',
      'radio without a name: <input id="twin" type="radio">',
      'button without a name: <button type="button">',
    ]);
  });

  it('chooses "Geen vervolg" by clicking its label', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    const [cameras] = await sampleCaseIds(page);
    await seedAdvice(page, seededAdvice(cameras!, 'issued', 1));
    await visit(page, `casussen/${cameras}/advies`, '[data-outcome="followUp"] form');
    const followUp = outcomePanel(page, 'followUp');
    await followUp.getByText('Geen vervolg', { exact: true }).click();
    expect(await followUp.locator('input[type="radio"][value="none"]').isChecked()).toBe(true);
    expect(await followUp.getByRole('radio', { name: 'Geen vervolg', exact: true }).isChecked()).toBe(true);
  });

  it('refuses a conclusion dated tomorrow with a Dutch message at its field, and stores nothing', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    const [cameras] = await sampleCaseIds(page);
    await seedAdvice(page, seededAdvice(cameras!, 'issued', 1));
    await visit(page, `casussen/${cameras}/advies`, '[data-outcome="conclusion"] form');
    const conclusion = outcomePanel(page, 'conclusion');
    await conclusion.getByLabel('Overgenomen', { exact: true }).check();
    await conclusion.getByLabel(/^Conclusie ontvangen op/).fill(addDays(today, 1));
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await conclusion.getByText('De datum waarop de conclusie is ontvangen, kan niet in de toekomst liggen.').waitFor();
    expect(await conclusion.getByText(/^Conclusie vastgelegd/).count()).toBe(0);
    await conclusion.getByLabel(/^Conclusie ontvangen op/).fill(today);
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await conclusion.getByText(/^Conclusie vastgelegd: overgenomen/).waitFor();
  });

  it('proposes in the settings the reference the next case will get, never one that is taken', async () => {
    const page = await session.newProfile().open();
    await loadSamples(page);
    const year = new Date().getFullYear();
    expect(await page.locator('[data-case-row]').getByText(`EA-${year}-010`).count()).toBe(1);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByText(`Het volgende nummer ziet er zo uit: EA-${year}-011`).waitFor();
    // The counter is per year, not per pattern: a wider number goes on from where the year is.
    await page.getByLabel('Patroon voor zaaknummers').fill('EA-{jjjj}-{nnnn}');
    await page.getByText(`Het volgende nummer ziet er zo uit: EA-${year}-0011`).waitFor();
  });
});
