import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adviceSchema, adviceVersionSchema, type Advice, type AdviceVersion } from '@shared/advice/adviceSchema';
import { addDays } from '@shared/advice/deadlines';
import { quickPeriod } from '@shared/advice/periods';
import { registerCase } from './support/app';
import { axeViolations } from './support/axe';
import { unreachableByTab } from './support/keyboard';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();

/* Local calendar days, as the app reckons them; the browser runs on this machine's clock and zone. */
const today = new Date().toLocaleDateString('sv-SE');
const lastYear = quickPeriod('lastYear', today);
const lastQuarter = quickPeriod('lastQuarter', today);

/**
 * Writes records into the app's own IndexedDB, as the app would. Sent as
 * source text: the test runner's name-keeping helpers do not exist in the page.
 */
async function putRecords(page: Page, store: string, records: object[]): Promise<void> {
  await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('beraad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(${JSON.stringify(store)}, 'readwrite');
      for (const record of ${JSON.stringify(records)}) tx.objectStore(${JSON.stringify(store)}).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  })()`);
}

/** An advice as shared/advice/adviceSchema.ts stores it, checked against that schema before it is written. */
function advice(caseId: string, fields: Partial<Advice> & { startedOn: string }): Advice {
  const { startedOn, ...rest } = fields;
  const createdAt = `${startedOn}T12:00:00.000Z`;
  const latest = rest.latest ?? { number: 1, status: 'issued' };
  const issuedOn = rest.issuedOn === undefined ? startedOn : rest.issuedOn;
  // Earlier versions were issued; the latest has the given status.
  const versions = Array.from({ length: latest.number }, (_, index) => {
    const status = index + 1 === latest.number ? latest.status : 'issued';
    return {
      id: crypto.randomUUID(),
      number: index + 1,
      status,
      reason: index === 0 ? '' : 'Nieuwe feiten',
      createdAt,
      issuedAt: status === 'issued' ? `${issuedOn ?? startedOn}T12:00:00.000Z` : null,
    };
  });
  return adviceSchema.parse({
    caseId,
    versions,
    latest,
    issuedOn,
    factCheck: null,
    conclusion: null,
    conclusionRecordedAt: null,
    followUp: { discussedOn: null, decision: null, reReviewOn: null, note: '' },
    publication: { classificationChecked: false, publicSummary: '', publishedOn: null, url: '' },
    createdAt,
    updatedAt: createdAt,
    ...rest,
  });
}

async function newCase(page: Page, title: string) {
  await page.getByRole('link', { name: 'Casussen', exact: true }).click();
  const reference = await registerCase(page, { title, question: 'Mag dit?', owner: 'J. Dekker' });
  return { id: new URL(page.url()).hash.replace('#/casussen/', ''), reference, title };
}

/** The texts behind an advice's version list, empty but valid, so the advice page opens. */
function versionRecords(record: Advice): AdviceVersion[] {
  const empty = { type: 'doc', content: [{ type: 'paragraph' }] };
  return record.versions.map((summary) =>
    adviceVersionSchema.parse({
      ...summary,
      caseId: record.caseId,
      sections: { topicSummary: empty, question: empty, context: empty, working: empty, considerations: empty, minorityView: empty },
      confidentialSections: [],
      recommendations: [],
      working: { methods: [], meetings: [], participants: [] },
      reviews: [],
      updatedAt: summary.createdAt,
    }),
  );
}

/**
 * Four advices: one from last year with a re-review that has come, one from
 * last quarter whose conclusion is late, one issued today, and a second
 * version in review that was started today.
 */
async function seedRegister(page: Page) {
  const cameras = await newCase(page, 'Camera’s op het Stationsplein');
  const income = await newCase(page, 'Inkomensapp');
  const drones = await newCase(page, 'Drones bij handhaving');
  const forecast = await newCase(page, 'Voorspelmodel Wmo-kosten');
  const lastYearIssue = addDays(lastYear.from, 20);
  const lastQuarterIssue = addDays(lastQuarter.from, 5);
  const advices = [
    advice(cameras.id, {
      startedOn: addDays(lastYear.from, 10),
      issuedOn: lastYearIssue,
      conclusion: { decision: 'adopted', reasons: '', receivedOn: addDays(lastYearIssue, 20) },
      conclusionRecordedAt: `${addDays(lastYearIssue, 20)}T12:00:00.000Z`,
      followUp: { discussedOn: addDays(lastYearIssue, 40), decision: 'raad', reReviewOn: addDays(today, -1), note: '' },
      publication: { classificationChecked: true, publicSummary: 'Camera’s', publishedOn: addDays(lastYearIssue, 30), url: '' },
    }),
    advice(income.id, { startedOn: lastQuarter.from, issuedOn: lastQuarterIssue }),
    advice(drones.id, { startedOn: today }),
    advice(forecast.id, { startedOn: today, issuedOn: null, latest: { number: 2, status: 'review' } }),
  ];
  await putRecords(page, 'advices', advices);
  await putRecords(page, 'adviceVersions', advices.flatMap(versionRecords));
  return {
    cameras: { ...cameras, periodDate: lastYearIssue },
    income: { ...income, periodDate: lastQuarterIssue },
    drones: { ...drones, periodDate: today },
    forecast: { ...forecast, periodDate: today },
  };
}

const registerRows = (page: Page) =>
  page.locator('[data-register-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-register-row')));
const rowText = (page: Page, reference: string) => page.locator(`[data-register-row="${reference}"]`).textContent();
const cell = (page: Page, reference: string, column: number) =>
  page.locator(`[data-register-row="${reference}"] td:nth-child(${column})`).innerText();
const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"] dd`).textContent();

/** References of the seeded advices whose period date lies in the period, newest first, as the register orders them. */
const expectedIn = (seeded: Awaited<ReturnType<typeof seedRegister>>, from: string, to: string) =>
  Object.values(seeded)
    .filter((s) => s.periodDate >= from && s.periodDate <= to)
    .sort((a, b) => b.periodDate.localeCompare(a.periodDate))
    .map((s) => s.reference);

async function openRegister(page: Page) {
  await page.getByRole('link', { name: 'Adviezen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Adviezen' }).waitFor();
}

describe('advice register', () => {
  it('lists every advice with its dates and flags in words, and links to the advice of the case', async () => {
    const page = await session.newProfile().open();
    const seeded = await seedRegister(page);
    await openRegister(page);

    await page.getByText('4 van 4 adviezen getoond.').waitFor();
    expect(await registerRows(page)).toHaveLength(4);
    expect(await rowText(page, seeded.income.reference)).toContain('conclusie te laat');
    expect(await cell(page, seeded.income.reference, 2)).toBe('1\nuitgebracht');
    expect(await rowText(page, seeded.cameras.reference)).toContain('herbeoordeling nodig');
    expect(await cell(page, seeded.cameras.reference, 5)).toMatch(/^Overgenomen\n/);
    expect(await cell(page, seeded.cameras.reference, 6)).toBe('Raad');
    expect(await rowText(page, seeded.drones.reference)).not.toMatch(/te laat|herbeoordeling nodig/);
    expect(await cell(page, seeded.forecast.reference, 2)).toBe('2\nter beoordeling');
    expect(await cell(page, seeded.forecast.reference, 3)).toMatch(/^begonnen \d+ \w+\.? \d{4}$/);
    expect(await cell(page, seeded.income.reference, 3)).toMatch(/^begonnen .+\nuitgebracht .+$/);
    expect(await figure(page, 'issued')).toBe('3');
    expect(await figure(page, 'adopted')).toBe('1');
    expect(await figure(page, 'raad')).toBe('1');

    const link = page.locator(`[data-register-row="${seeded.income.reference}"] a`);
    expect(await link.getAttribute('href')).toBe(`#/casussen/${seeded.income.id}/advies`);
    expect(await link.textContent()).toBe(`${seeded.income.reference} Inkomensapp`);
  });

  it('filters by quick period and by dates, keeps the filter in the URL, and narrows to what needs attention', async () => {
    const page = await session.newProfile().open();
    const seeded = await seedRegister(page);
    await openRegister(page);
    await page.locator('[data-register-row]').first().waitFor();

    await page.getByRole('button', { name: 'Vorig jaar' }).click();
    await expect.poll(() => registerRows(page)).toEqual(expectedIn(seeded, lastYear.from, lastYear.to));
    expect(await page.getByRole('button', { name: 'Vorig jaar' }).getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain(`van=${lastYear.from}&tot=${lastYear.to}`);

    await page.getByRole('button', { name: 'Vorig kwartaal' }).click();
    await expect.poll(() => registerRows(page)).toEqual(expectedIn(seeded, lastQuarter.from, lastQuarter.to));
    expect(await figure(page, 'issued')).toBe(String(expectedIn(seeded, lastQuarter.from, lastQuarter.to).length));

    await page.reload();
    await expect.poll(() => registerRows(page)).toEqual(expectedIn(seeded, lastQuarter.from, lastQuarter.to));
    expect(await page.getByLabel('Van', { exact: true }).inputValue()).toBe(lastQuarter.from);
    expect(await page.getByLabel('Tot en met', { exact: true }).inputValue()).toBe(lastQuarter.to);

    // Dates typed by hand: only today's advices, the issued one and the one in review.
    await page.getByLabel('Van', { exact: true }).fill(today);
    await page.getByLabel('Tot en met', { exact: true }).fill(today);
    await expect.poll(() => registerRows(page)).toEqual(expect.arrayContaining([seeded.drones.reference, seeded.forecast.reference]));
    expect(await registerRows(page)).toHaveLength(2);
    expect(await page.locator('.register-summary h2').textContent()).toMatch(/^Cijfers over \d+ \w+ \d{4} tot en met/);

    await page.getByLabel('Van', { exact: true }).fill(addDays(today, 1));
    await page.getByText('De begindatum ligt na de einddatum, dus er valt niets in deze periode.').waitFor();

    await page.getByRole('button', { name: 'Alle perioden' }).click();
    await page.getByLabel('Alleen adviezen die aandacht nodig hebben').check();
    await expect.poll(() => registerRows(page)).toEqual([seeded.income.reference, seeded.cameras.reference]);
    expect(page.url()).toContain('aandacht=1');
    expect(page.url()).not.toContain('van=');

    // Back from a case, the register is as it was left.
    await page.locator(`[data-register-row="${seeded.income.reference}"] a`).click();
    await page.waitForURL(/\/advies$/);
    // The URL changes before the route renders; wait for the advice page, or the register may never have been left.
    await page.getByRole('heading', { level: 1, name: 'Advies: Inkomensapp' }).waitFor();
    await page.goBack();
    await expect.poll(() => registerRows(page)).toEqual([seeded.income.reference, seeded.cameras.reference]);
    expect(await page.getByLabel('Alleen adviezen die aandacht nodig hebben').isChecked()).toBe(true);
  });

  it('shows the flags in the case list and what needs doing on the dashboard, each linked to its case', async () => {
    const page = await session.newProfile().open();
    const seeded = await seedRegister(page);
    await putRecords(page, 'actions', [
      {
        id: crypto.randomUUID(),
        caseId: seeded.income.id,
        meetingId: null,
        agendaItemId: null,
        what: 'Proceseigenaar herinneren',
        ownerId: null,
        dueOn: addDays(today, -3),
        state: 'open',
        doneAt: null,
        note: '',
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        deletedAt: null,
      },
    ]);

    await page.getByRole('link', { name: 'Casussen', exact: true }).click();
    await page.getByText('4 van 4 casussen').waitFor();
    const caseRow = (reference: string) => page.locator(`[data-case-row="${reference}"]`);
    await expect.poll(() => caseRow(seeded.income.reference).textContent()).toContain('conclusie te laat');
    expect(await caseRow(seeded.cameras.reference).textContent()).toContain('herbeoordeling nodig');
    expect(await caseRow(seeded.drones.reference).textContent()).not.toMatch(/te laat|herbeoordeling/);

    const navOrder = await page.locator('.app-nav a').allTextContents();
    expect(navOrder[0]).toBe('Overzicht');
    await page.getByRole('link', { name: 'Overzicht' }).click();
    const items = (section: string) =>
      page
        .locator(`[data-dashboard="${section}"] [data-dashboard-item]`)
        .evaluateAll((found) => found.map((item) => item.getAttribute('data-dashboard-item')));
    await expect.poll(() => items('conclusionOverdue')).toEqual([seeded.income.reference]);
    expect(await items('reReviewDue')).toEqual([seeded.cameras.reference]);
    expect(await items('inReview')).toEqual([seeded.forecast.reference]);
    expect(await page.locator('[data-dashboard="conclusionOverdue"] h2').textContent()).toBe('Conclusie te laat (1)');
    expect(await page.locator('[data-dashboard="conclusionOverdue"] li').textContent()).toContain('conclusie werd uiterlijk');

    const actionsLink = page.getByRole('link', { name: '1 open actie is te laat' });
    expect(await actionsLink.getAttribute('href')).toBe('#/acties?teLaat=1');

    await page.locator(`[data-dashboard-item="${seeded.cameras.reference}"] a`).click();
    await page.getByRole('heading', { level: 1, name: 'Advies: Camera’s op het Stationsplein' }).waitFor();
  });

  it('is accessible and fully reachable by keyboard: register, dashboard and their empty states', async () => {
    const page = await session.newProfile().open();
    await openRegister(page);
    await page.getByText(/Er zijn nog geen adviezen/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByText('Er wacht geen advies op beoordeling.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await seedRegister(page);
    await openRegister(page);
    await page.locator('[data-register-row]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dit jaar' }).click();
    await page.getByLabel('Alleen adviezen die aandacht nodig hebben').check();
    // The filter goes through the URL and renders a moment later: check the filtered register.
    await page.locator('.register-count[data-attention="true"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.locator('[data-dashboard-item]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
  });
});
