import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The DiWoo 0.9.8 schema with its value lists, and the catalog that keeps the MDTO import offline. */
export const diwooFixtures = fileURLToPath(new URL('../../../../fixtures/diwoo/', import.meta.url));

export interface SchemaCheck {
  valid: boolean;
  /** What xmllint said, for the test's failure message. */
  messages: string;
}

/** Validates the way the Woo-index does: xmllint against the published schema, without the network. */
export async function validateDiwoo(xml: string): Promise<SchemaCheck> {
  try {
    await run('which', ['xmllint']);
  } catch {
    throw new Error('xmllint ontbreekt. Installeer: sudo apt-get install -y libxml2-utils');
  }
  const work = await mkdtemp(join(tmpdir(), 'beraad-diwoo-'));
  try {
    const file = join(work, 'metadata.xml');
    await writeFile(file, xml);
    const args = ['--nonet', '--noout', '--schema', join(diwooFixtures, 'xsd/diwoo/diwoo-metadata.xsd'), file];
    const env = { ...process.env, XML_CATALOG_FILES: join(diwooFixtures, 'catalog.xml') };
    try {
      const { stderr } = await run('xmllint', args, { env, cwd: diwooFixtures });
      return { valid: true, messages: stderr };
    } catch (error) {
      return { valid: false, messages: String((error as { stderr?: string }).stderr ?? error) };
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
