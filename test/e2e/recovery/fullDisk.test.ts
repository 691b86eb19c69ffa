import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registerCase } from '../support/app';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();
const description = (page: Page) => page.getByRole('textbox', { name: 'Beschrijving' });
const status = (page: Page) => page.locator('.description [data-save-status]').getAttribute('data-save-status');
const recoveryHeading = 'De gegevens van Beraad zijn niet meer zoals ze waren';

/* A real small filesystem needs root (tmpfs); CI runs as root. Elsewhere this test cannot run and says so. */
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;

describe('a disk that fills up while typing', () => {
  it.skipIf(!canMount)('keeps every word that was shown as saved, or shows the recovery screen; never an empty database taken as the truth', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'beraad-small-disk-'));
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', disk]).status).toBe(0);
    const filler = join(disk, 'filler');
    try {
      const profile = session.newProfile(disk);
      let page = await profile.open();
      await registerCase(page, { title: 'Volle schijf', question: 'Blijft alles?', owner: 'F. Mulder' });
      const url = page.url();
      await description(page).click();

      // Leave the profile a little room, then type until the disk refuses.
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 3 * 1024 * 1024)));
      let shownSaved = '';
      let refused = false;
      for (let sentence = 0; sentence < 400 && !refused; sentence++) {
        await page.keyboard.insertText(`Zin ${sentence}: ${'tekst die de schijf vult '.repeat(200)}\n`);
        await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/^(saved|error)$/);
        if ((await status(page)) === 'error') refused = true;
        else shownSaved = (await description(page).textContent())!;
      }
      expect(refused, 'the disk never filled up').toBe(true);
      expect(await page.locator('.description [data-save-status]').textContent()).toMatch(/^Niet opgeslagen: /);

      await profile.kill();
      rmSync(filler);
      page = await profile.open();
      await page.goto(url);
      const recovered = page.getByRole('heading', { level: 1, name: recoveryHeading });
      const editor = description(page);
      await recovered.or(editor).first().waitFor();
      const outcome = (await recovered.isVisible()) ? 'recovery screen' : 'text kept';
      console.info(`full disk: refused after ${shownSaved.length} characters shown as saved; after restart: ${outcome}`);
      if (outcome === 'text kept') {
        const text = (await editor.textContent())!;
        expect(text.startsWith(shownSaved.replace(/\n/g, '')) || text.replace(/\n/g, '').startsWith(shownSaved.replace(/\n/g, ''))).toBe(true);
      }
    } finally {
      spawnSync('umount', ['-l', disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  }, 240_000);
});
