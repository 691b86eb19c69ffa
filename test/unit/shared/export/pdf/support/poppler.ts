import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PdfFonts } from '@shared/export/pdf/pdfWriter';
import { artifactsDir } from '../../support/libreoffice';

const run = promisify(execFile);

const fontFile = (name: string) => readFile(fileURLToPath(new URL(`../../../../../../resources/fonts/${name}.ttf`, import.meta.url)));

/** The fonts the app bundles, read from disk as the renderer fetches them. */
export async function bundledFonts(): Promise<PdfFonts> {
  const [regular, bold, italic, boldItalic, mono] = await Promise.all(
    ['LiberationSans-Regular', 'LiberationSans-Bold', 'LiberationSans-Italic', 'LiberationSans-BoldItalic', 'LiberationMono-Regular'].map(fontFile),
  );
  return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic!, mono: mono! };
}

export interface PopplerReading {
  /** pdfinfo's fields, e.g. Tagged, Title, Pages. */
  info: Record<string, string>;
  /** pdffonts' table, one row per font. */
  fonts: { name: string; embedded: boolean; unicode: boolean }[];
  /** The XMP packet. */
  xmp: string;
  /** The structure tree, with each element's text unless left out, as pdfinfo -struct(-text) prints it. */
  structure: string;
  /** The text in reading order (pdftotext without -layout). */
  text: string;
  pngPath: string;
}

/**
 * Reads a PDF the way poppler's tools do: its information, its fonts, its
 * XMP, its structure tree and its text; page 1 is drawn into test-results for
 * a person to look at.
 */
export async function readWithPoppler(bytes: Uint8Array, name: string, { structureText = true } = {}): Promise<PopplerReading> {
  const work = await mkdtemp(join(tmpdir(), 'beraad-pdf-'));
  try {
    const pdf = join(work, `${name}.pdf`);
    await writeFile(pdf, bytes);
    const big = { maxBuffer: 64 * 1024 * 1024 };
    const [info, fonts, xmp, structure, text] = await Promise.all([
      run('pdfinfo', [pdf]),
      run('pdffonts', [pdf]),
      run('pdfinfo', ['-meta', pdf], big),
      // Poppler reads each element's text by parsing its whole page again: seconds per page on a long document.
      run('pdfinfo', [structureText ? '-struct-text' : '-struct', pdf], big),
      run('pdftotext', [pdf, '-'], big),
    ]);
    await mkdir(artifactsDir, { recursive: true });
    const pngBase = join(artifactsDir, `${name}-pdf`);
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
    await writeFile(join(artifactsDir, `${name}.pdf`), bytes);
    return {
      info: Object.fromEntries(info.stdout.split('\n').map((line) => /^([^:]+):\s*(.*)$/.exec(line)).flatMap((m) => (m ? [[m[1]!, m[2]!]] : []))),
      fonts: fonts.stdout
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => {
          const columns = line.trim().split(/\s+/);
          // name, type…, encoding, emb, sub, uni, object, id: the flags sit before the last two columns.
          return { name: columns[0]!, embedded: columns.at(-5) === 'yes', unicode: columns.at(-3) === 'yes' };
        }),
      xmp: xmp.stdout,
      structure: structure.stdout,
      text: text.stdout,
      pngPath: `${pngBase}.png`,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** pdftotext breaks lines where the page does; compare text with runs of whitespace made one space. */
export const squashed = (text: string) => text.replace(/\s+/g, ' ');
