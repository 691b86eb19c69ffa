import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { firstScreenFiles } from './firstScreenFiles';
import { toResult, type BenchResult } from './results';

const kilobytes = (bytes: number) => bytes / 1000;

/** The size of the built JavaScript: what the first screen loads (as is and gzipped), and all of it. */
export function benchBundle(outDir: string): BenchResult[] {
  const files = new Map<string, string>(
    readdirSync(`${outDir}/assets`)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`assets/${name}`, readFileSync(`${outDir}/assets/${name}`, 'utf8')] as const),
  );
  const firstScreen = firstScreenFiles(readFileSync(`${outDir}/index.html`, 'utf8'), files);
  const bytes = (paths: Iterable<string>) => [...paths].reduce((sum, path) => sum + Buffer.byteLength(files.get(path)!), 0);
  const gzipped = firstScreen.reduce((sum, path) => sum + gzipSync(files.get(path)!).byteLength, 0);
  return [
    toResult('firstScreenBundleKb', [kilobytes(bytes(firstScreen))], 'kB'),
    toResult('firstScreenBundleGzipKb', [kilobytes(gzipped)], 'kB'),
    toResult('allJavaScriptKb', [kilobytes(bytes(files.keys()))], 'kB'),
  ];
}
