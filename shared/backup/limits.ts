/**
 * What a backup file may weigh before anything is parsed. Generous for a
 * decade of a busy board (the 10,000-case benchmark makes ~60 MB of JSON) but
 * bounded, so a hostile file cannot exhaust memory: sizes are checked on the
 * zip's declared sizes before inflating, and fflate never inflates past them.
 */
export interface BackupLimits {
  /** The file as chosen by the user. */
  maxFileBytes: number;
  /** All entries together, uncompressed. */
  maxTotalBytes: number;
  /** One table's JSON, uncompressed. */
  maxJsonBytes: number;
  /** One attachment entry: the highest attachment limit the settings allow. */
  maxAttachmentBytes: number;
  maxEntries: number;
  /** Nesting of objects and arrays in any JSON entry. Deeply nested lists in notes stay far below. */
  maxDepth: number;
}

const megabyte = 1024 * 1024;

/**
 * What one attachment and one text may weigh: the same numbers for an upload,
 * a restore and a case import, so nothing gets in by one door that another
 * would refuse (docs/backup-format.md, "Grenzen").
 */
export const contentLimits = {
  /** The attachment limit of a new installation; Instellingen changes it. */
  defaultAttachmentMb: 50,
  /** The highest attachment limit Instellingen allows. */
  maxAttachmentMb: 500,
  /**
   * Characters in one rich-text document (a description, a note, an advice
   * section) counted as all its text and attribute values: some 5,000 pages,
   * where the benchmark's long notes have 50.
   */
  maxDocumentChars: 10_000_000,
} as const;

/** The attachment limit in bytes for a limit set in megabytes, never above the highest one allowed. */
export const attachmentLimitBytes = (limitMb: number): number => Math.min(limitMb, contentLimits.maxAttachmentMb) * megabyte;

export const toMegabytes = (bytes: number): number => Math.round(bytes / megabyte);

export const defaultLimits: BackupLimits = {
  maxFileBytes: 2048 * megabyte,
  maxTotalBytes: 2048 * megabyte,
  maxJsonBytes: 512 * megabyte,
  maxAttachmentBytes: attachmentLimitBytes(contentLimits.maxAttachmentMb),
  maxEntries: 200_000,
  maxDepth: 256,
};
