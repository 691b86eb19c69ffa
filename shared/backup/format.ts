import { z } from 'zod';

/**
 * The backup file format (docs/backup-format.md). A new format version is only
 * for changes an older app could misread; adding a table is a new *schema*
 * version, which the manifest carries separately.
 */
export const backupFormat = 'beraad-backup';
export const formatVersion = 1;

export const backupKinds = ['full', 'case'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const manifestPath = 'manifest.json';
export const tablePath = (table: string) => `tables/${table}.json`;
export const attachmentPath = (id: string) => `attachments/${id}`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestEntrySchema = z.strictObject({
  path: z.string().min(1).max(200),
  bytes: z.number().int().nonnegative(),
  sha256: sha256Hex,
});

export const manifestSchema = z.strictObject({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().positive(),
  kind: z.enum(backupKinds),
  appVersion: z.string().min(1).max(60),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  /** For a case package: which case it carries, for the preview before anything is read. */
  case: z.strictObject({ id: z.uuid(), reference: z.string().max(60), title: z.string().max(200) }).nullable(),
  /** Records per table, so a preview can show counts and a truncated table is noticed. */
  tables: z.record(z.string().max(60), z.number().int().nonnegative()),
  entries: z.array(manifestEntrySchema).max(1_000_000),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
