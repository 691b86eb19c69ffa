import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The V8 heap a piece of work needs above what this process held before it:
 * the bench's own modules and fixtures stay out of the figure, as a browser
 * page that holds little else keeps them out of the page's. Collects first,
 * then `sample` during and after the work; `peak` in bytes.
 */
export function heapGrowth(): { sample(): void; peak(): number } {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  return {
    sample: () => void (peak = Math.max(peak, process.memoryUsage().heapUsed - before)),
    peak: () => peak,
  };
}
