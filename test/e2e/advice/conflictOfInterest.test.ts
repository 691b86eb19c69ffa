import { describe, expect, it } from 'vitest';
import { addMember, declareConflict, openPeople, registerPerson } from '../people/steps';
import { adviceSaved, adviceSection, auditSentences, recordReview, setUserName, stepVersion } from '../support/advice';
import { registerCase } from '../support/app';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

const notTakingPart =
  'Dit lid neemt wegens belangenverstrengeling niet deel aan deze casus en kan het advies niet beoordelen, er geen commentaar op geven en het niet goedkeuren.';

describe('a board member with a conflict of interest', () => {
  it('cannot approve the advice, and an approval given before declaring it no longer counts', async () => {
    const page = await session.newProfile().open();
    await setUserName(page, 'Sanne Secretaris');
    await openPeople(page);
    await registerPerson(page, { name: 'Anna de Vries', roles: ['Voorzitter'] });
    await registerPerson(page, { name: 'Bram Özdemir', roles: ['Lid adviesorgaan'] });
    await page.getByRole('link', { name: 'Casussen' }).click();
    await registerCase(page, { title: 'Slimme camera’s op het Stationsplein', question: 'Mogen we beelden analyseren?', owner: 'Fatima El Amrani' });
    const caseUrl = page.url();
    await addMember(page, 'Anna de Vries', 'Lid adviesorgaan');
    await addMember(page, 'Bram Özdemir', 'Lid adviesorgaan');
    await page.locator('.case-board [data-board-member="Bram Özdemir"]').waitFor();

    await page.getByRole('link', { name: 'Advies', exact: true }).click();
    await page.getByRole('button', { name: 'Advies opstellen' }).click();
    await adviceSection(page, 'Korte beschrijving van het onderwerp').click();
    await page.keyboard.type('Camera’s die groepsvorming herkennen.');
    await adviceSaved(page);
    const adviceUrl = page.url();
    await stepVersion(page, 'Ter beoordeling voorleggen', 'ter beoordeling');
    await recordReview(page, 'Anna de Vries', 'goedgekeurd');

    // Anna declares afterwards that she takes no part in this case.
    await page.goto(caseUrl);
    await declareConflict(page, 'Anna de Vries', 'Werkt bij de leverancier van de camera’s.', 'Neemt niet deel');
    const conflictForm = page.getByRole('form', { name: 'Belang melden' });
    await expect.poll(() => conflictForm.getByLabel('Omschrijving van het belang').inputValue()).toBe('');

    await page.goto(adviceUrl);
    const reviews = page.locator('.advice-reviews');
    await reviews.locator('[data-review-void]').waitFor();
    expect(await reviews.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Anna de Vries — neemt niet deel; telt niet mee als goedkeuring \(.+\)$/),
    ]);

    // She is offered only as not taking part, with the reason, and cannot be chosen.
    const member = reviews.getByLabel('Lid van het adviesorgaan');
    const annaOption = member.locator('option', { hasText: 'Anna de Vries' });
    expect(await annaOption.textContent()).toBe('Anna de Vries (neemt niet deel)');
    expect(await annaOption.isDisabled()).toBe(true);
    expect(await member.locator('option', { hasText: 'Bram Özdemir' }).isDisabled()).toBe(false);
    expect(await reviews.locator('[data-not-taking-part-member="Anna de Vries"]').textContent()).toMatch(
      new RegExp(`^Anna de Vries: belangenverstrengeling gemeld op .+\\. ${notTakingPart}$`),
    );
    await expect(member.selectOption({ label: 'Anna de Vries (neemt niet deel)' }, { timeout: 1000 })).rejects.toThrow();
    expect(await axeViolations(page)).toEqual([]);

    // Her approval does not count: approving needs another member's.
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText('Goedkeuren kan pas als minstens één lid van het adviesorgaan het advies heeft goedgekeurd.').waitFor();
    await recordReview(page, 'Bram Özdemir', 'goedgekeurd');
    await stepVersion(page, 'Goedkeuren', 'goedgekeurd');

    // The declaration is in the audit trail, by whoever is set as "Uw naam".
    expect(await auditSentences(page)).toContainEqual(
      expect.stringMatching(/^Belangenverstrengeling van Anna de Vries gemeld op .+: neemt niet deel\. Toelichting: Werkt bij de leverancier van de camera’s\.$/),
    );
    const declaredRow = page.locator('.audit-trail tr[data-audit-action="conflict.declared"] td:nth-child(2)');
    expect(await declaredRow.textContent()).toBe('Sanne Secretaris');
  });
});
