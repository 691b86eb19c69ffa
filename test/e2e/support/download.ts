import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** How long a file may take to arrive once the browser started downloading it. */
const arrivalMs = 20_000;

export interface Downloaded {
  /** The name the app gave the file. */
  name: string;
  path: string;
  bytes: Uint8Array;
}

/**
 * Does what starts a download (a click), waits for the browser's download and
 * keeps the file in `dir`. A download that starts but never finishes fails
 * here, saying so, instead of as the whole test running out of time.
 */
export async function keepDownload(page: Page, start: () => Promise<unknown>, dir: string, serial: number): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const name = file.suggestedFilename();
  const path = join(dir, `${serial}-${name}`);
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`De download ${name} was na ${arrivalMs / 1000} s nog niet binnen.`)), arrivalMs);
  });
  try {
    await Promise.race([file.saveAs(path), stuck]);
  } finally {
    clearTimeout(timer);
  }
  return { name, path, bytes: new Uint8Array(await readFile(path)) };
}
