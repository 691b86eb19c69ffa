import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

/** Clicks Exporteren and keeps the file the browser downloads; returns its name and text. */
async function exportTemplate(page: Page): Promise<{ name: string; path: string; text: string }> {
  const { name, path, bytes } = await session.download(page, () => page.getByRole('button', { name: 'Exporteren (.json)' }).click());
  return { name, path, text: new TextDecoder().decode(bytes) };
}

describe('screening template as a file', () => {
  it('exports the current version as JSON; importing that file and publishing gives a version with the same content', async () => {
    const page = await session.newProfile().open();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Screening: checklist en vragenlijst' }).click();
    await page.getByText(/^Huidige versie: 1,/).waitFor();

    const first = await exportTemplate(page);
    expect(first.name).toBe('screeningsjabloon-versie-1.json');
    await page.getByText('screeningsjabloon-versie-1.json is gedownload.').waitFor();
    const exported = JSON.parse(first.text) as { name: string; questions: { text: string }[] };
    expect(exported.name).toBe('Screening digitale ethiek');
    expect(exported.questions[0]!.text).toMatch(/^Democratische besluitvorming: Raakt/);
    expect(await axeViolations(page)).toEqual([]);

    // Change the words in the editor, then import the exported file: the file's words come back.
    await page.getByLabel('Tekst van vraag 1', { exact: true }).fill('Een andere vraag');
    await page.setInputFiles('#screening-template-import', first.path);
    await page.getByText('Het bestand is ingelezen. Controleer het en publiceer het als nieuwe versie.').waitFor();
    expect(await page.getByLabel('Tekst van vraag 1', { exact: true }).inputValue()).toBe(exported.questions[0]!.text);
    await page.getByRole('button', { name: 'Publiceren als versie 2' }).click();
    await page.getByText(/^Huidige versie: 2,/).waitFor();

    const second = await exportTemplate(page);
    expect(second.name).toBe('screeningsjabloon-versie-2.json');
    expect(second.text).toBe(first.text);
  });
});
