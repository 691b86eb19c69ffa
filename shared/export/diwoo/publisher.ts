import type { Municipality } from '../../settings/municipalitySchema';
import { municipalityUri } from '../../settings/municipality';
import type { Result } from '../../util/result';
import { tooiMunicipalities } from './tooiMunicipalities';

/** The organisation that publishes, and answers for, the board's advices. */
export interface Publisher {
  uri: string;
  name: string;
}

export const publisherRefusals = ['municipality_missing', 'municipality_code', 'municipality_unknown'] as const;
export type PublisherRefusal = (typeof publisherRefusals)[number];

/**
 * The Woo-index files a document under its publisher's TOOI identifier and
 * takes only codes from its own list, so a missing, malformed or unknown
 * code is refused before anything is exported rather than published wrong.
 */
export function checkPublisher(municipality: Pick<Municipality, 'name' | 'code'>): Result<Publisher, PublisherRefusal> {
  const code = municipality.code.trim();
  if (code === '') return { ok: false, refusals: ['municipality_missing'] };
  if (!/^\d{4}$/.test(code)) return { ok: false, refusals: ['municipality_code'] };
  const listed = tooiMunicipalities[code];
  if (!listed) return { ok: false, refusals: ['municipality_unknown'] };
  return { ok: true, value: { uri: municipalityUri(code), name: municipality.name.trim() || listed } };
}
