import type { NewCase } from '../../../renderer/cases/caseRepository';
import samples from '../../../resources/sample-data/cases.nl.json';

const statuses = ['intake', 'in_voorbereiding', 'in_beraadslaging', 'advies_in_opstelling'] as const;

/**
 * Realistic volume: the sample cases varied by place, year and wording, each
 * with a description of a few paragraphs, as a decade of a busy board.
 */
export function generateCases(count: number, offset = 0): NewCase[] {
  const places = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Havengebied', 'Stationsgebied', 'Buitengebied'];
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const sample = samples[n % samples.length]!;
    const { status: _status, description, ...input } = sample;
    const year = 2017 + (n % 10);
    const month = String(1 + (n % 12)).padStart(2, '0');
    const day = String(1 + (n % 28)).padStart(2, '0');
    return {
      input: {
        ...input,
        title: `${input.title} (${places[n % places.length]}, ${n})`,
        receivedOn: `${year}-${month}-${day}`,
      },
      description: description as NewCase['description'],
      status: statuses[n % statuses.length],
    } as NewCase;
  });
}
