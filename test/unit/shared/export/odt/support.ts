import { unzipSync, strFromU8 } from 'fflate';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import type { Publisher } from '@shared/export/diwoo/publisher';
import { toPublicAdvice, type PublicAdvice } from '@shared/publication/publicModel';
import { adviceSource } from '../../../../fixtures/export/adviceSource';
import { publicationSettings } from '../../../../fixtures/publication';
import type { AdviceSource } from '@shared/export/adviceExportModel';

export const amsterdam: Publisher = { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363', name: 'Gemeente Amsterdam' };
export const houseStyle = { ...defaultHouseStyle, organisationName: 'Gemeente Amsterdam' };

export function publicAdvice(source: AdviceSource = adviceSource()): PublicAdvice {
  const result = toPublicAdvice(source, publicationSettings());
  if (!result.ok) throw new Error(result.refusal);
  return result.advice;
}

export interface OdtParts {
  names: string[];
  content: string;
  styles: string;
  meta: string;
  manifest: string;
}

/** The parts of an .odt as text, in the order the zip holds them. */
export function unzipOdt(bytes: Uint8Array): OdtParts {
  const files = unzipSync(bytes);
  const read = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  return { names: Object.keys(files), content: read('content.xml'), styles: read('styles.xml'), meta: read('meta.xml'), manifest: read('META-INF/manifest.xml') };
}
