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
  /** One attachment, matching the highest attachment limit in the settings. */
  maxAttachmentBytes: number;
  maxEntries: number;
  /** Nesting of objects and arrays in any JSON entry. Deeply nested lists in notes stay far below. */
  maxDepth: number;
}

const megabyte = 1024 * 1024;

export const defaultLimits: BackupLimits = {
  maxFileBytes: 2048 * megabyte,
  maxTotalBytes: 2048 * megabyte,
  maxJsonBytes: 512 * megabyte,
  maxAttachmentBytes: 500 * megabyte,
  maxEntries: 200_000,
  maxDepth: 256,
};
