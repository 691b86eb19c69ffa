import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Page-1 images land here for a person to look at; test-results/ is ignored by git. */
export const artifactsDir = fileURLToPath(new URL('../../../../../test-results/export', import.meta.url));

/** A line of text on page 1 where the PDF puts it, in points from the top. */
export interface PdfLine {
  text: string;
  yMin: number;
  yMax: number;
}

export interface PdfReading {
  text: string;
  pages: number;
  pngPath: string;
  /** What pdfinfo says about the PDF (title, pages, …). */
  info: string;
  /** Page 1's lines in reading order, with their boxes, to see what overlaps. */
  firstPageLines: PdfLine[];
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function linesOf(bbox: string): PdfLine[] {
  return [...bbox.matchAll(/<line xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([\s\S]*?)<\/line>/g)].map((m) => ({
    yMin: Number(m[1]),
    yMax: Number(m[2]),
    text: decodeEntities([...m[3]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')),
  }));
}

async function require(tool: string): Promise<void> {
  try {
    await run('which', [tool]);
  } catch {
    throw new Error(`${tool} ontbreekt. Installeer: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils`);
  }
}

/**
 * Reads a .docx (or, with its extension, an .odt) the way a person's office suite would: LibreOffice converts it
 * to PDF, poppler reads the text and page count back and draws page 1. Each
 * conversion gets its own LibreOffice profile, so parallel runs never share one.
 */
export async function readWithLibreOffice(bytes: Uint8Array, name: string, extension: 'docx' | 'odt' = 'docx'): Promise<PdfReading> {
  await Promise.all(['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].map(require));
  const work = await mkdtemp(join(tmpdir(), 'beraad-lo-'));
  try {
    const docx = join(work, `${name}.${extension}`);
    await writeFile(docx, bytes);
    await run(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, docx],
      { timeout: 120_000 },
    );
    const pdf = join(work, `${name}.pdf`);
    const [{ stdout: text }, { stdout: info }, { stdout: bbox }] = await Promise.all([
      run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }),
      run('pdfinfo', [pdf]),
      run('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 }),
    ]);
    await mkdir(artifactsDir, { recursive: true });
    const pngBase = join(artifactsDir, name);
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    return { text, pages, pngPath: `${pngBase}.png`, firstPageLines: linesOf(bbox), info };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Opens a CSV in LibreOffice Calc as a Dutch spreadsheet user would (semicolon,
 * double quote, UTF-8) and gives back the cells Calc made of it, written out
 * again tab-separated. Needs Calc besides Writer (libreoffice-calc-nogui).
 */
export async function readCsvWithLibreOffice(bytes: Uint8Array, name: string): Promise<string[][]> {
  await require('soffice');
  const work = await mkdtemp(join(tmpdir(), 'beraad-lo-'));
  try {
    const csv = join(work, `${name}.csv`);
    await writeFile(csv, bytes);
    const out = join(work, 'out');
    // Filter options: separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), from line 1; written back with 9 (tab).
    await run(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--infilter=CSV:59,34,76,1', '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76', '--outdir', out, csv],
      { timeout: 120_000 },
    );
    const written = await readFile(join(out, `${name}.csv`), 'utf8').catch(() => {
      throw new Error('LibreOffice Calc opende het CSV-bestand niet. Installeer: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui');
    });
    return parseTabbed(written);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/* Calc's tab-separated output: a cell in quotes where it holds a tab, a quote or a line break, a quote in it doubled. */
function parseTabbed(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** pdftotext breaks lines where the page does; compare text with runs of whitespace made one space. */
export const squashed = (text: string) => text.replace(/\s+/g, ' ');

/** Keeps the .docx beside its page-1 image, for opening in Word by hand. */
export async function keepDocx(bytes: Uint8Array, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await writeFile(join(artifactsDir, `${name}.docx`), bytes);
}

export const readBack = (path: string) => readFile(path);
