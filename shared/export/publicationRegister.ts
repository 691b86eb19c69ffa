import type { PublicExport } from '../publication/publicationRecord';
import type { AdviceSource } from './adviceExportModel';

/** A published advice and every public file made of it. */
export interface PublishedAdvice {
  source: AdviceSource;
  files: readonly PublicExport[];
}

/** One line of the register: a public file of a published advice, or the advice alone when no file of it was recorded. */
export interface PublicationRegisterRow {
  reference: string;
  title: string;
  issuedOn: string | null;
  publishedOn: string | null;
  /** The address the advice is published at, or '' where the link policy keeps no address. */
  publicationUrl: string;
  fileName: string;
  /** The day the file was made. */
  madeOn: string | null;
}

/** A row and the SHA-256 of its file ('' without a file). */
export interface RowWithFingerprint {
  row: PublicationRegisterRow;
  sha256: string;
}

/**
 * The register's rows, oldest publication first, a file per row in the
 * order the files were made. A confidential case never has a public
 * version, so it is not in a public register.
 */
export function toPublicationRegisterRows(advices: readonly PublishedAdvice[], keepsAddress: (url: string) => boolean): RowWithFingerprint[] {
  const published = advices
    .filter(({ source }) => source.caseRecord.classification !== 'vertrouwelijk' && source.advice?.publication.publishedOn)
    .sort((a, b) => a.source.advice!.publication.publishedOn!.localeCompare(b.source.advice!.publication.publishedOn!) || a.source.caseRecord.reference.localeCompare(b.source.caseRecord.reference));
  return published.flatMap(({ source, files }): RowWithFingerprint[] => {
    const { publishedOn, url } = source.advice!.publication;
    const row = {
      reference: source.caseRecord.reference,
      title: source.caseRecord.title,
      issuedOn: source.advice!.issuedOn,
      publishedOn,
      publicationUrl: url !== '' && keepsAddress(url) ? url : '',
    };
    const sorted = [...files].sort((a, b) => a.at.localeCompare(b.at));
    if (sorted.length === 0) return [{ row: { ...row, fileName: '', madeOn: null }, sha256: '' }];
    return sorted.map((file) => ({ row: { ...row, fileName: file.fileName, madeOn: file.at.slice(0, 10) }, sha256: file.sha256 }));
  });
}
