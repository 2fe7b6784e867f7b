import { z } from 'zod';
import { HeadSchema } from './history/entry';
import {
  CaseRowSchema,
  DeletionRowSchema,
  DraftRowSchema,
  ItemRowSchema,
  OrderRowSchema,
  SupplierRowSchema,
  TickRowSchema,
  TimelineRowSchema,
} from './schema/rows';

/**
 * The whole-vault backup: `blobs/<itemId>` (exact bytes) and `backup.json`
 * (every row of every table). Rows that failed their schema are kept raw in
 * `unreadable`, so a backup never silently drops anything the vault held.
 */
export const BACKUP_FORMAT = 'tradeguard-vault-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_JSON_PATH = 'backup.json';

export function backupBlobPath(itemId: string): string {
  return `blobs/${encodeURIComponent(itemId)}`;
}

export const BackupTablesSchema = z.object({
  cases: z.array(CaseRowSchema),
  items: z.array(ItemRowSchema),
  suppliers: z.array(SupplierRowSchema),
  orders: z.array(OrderRowSchema),
  timeline: z.array(TimelineRowSchema),
  ticks: z.array(TickRowSchema),
  deletions: z.array(DeletionRowSchema),
  /** Dispute-draft answers (backups made before 2026-12 have none). */
  drafts: z.array(DraftRowSchema).default([]),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  generatedAt: z.string(),
  generator: z.string(),
  /** The Dexie schema version the rows were read from. */
  schemaVersion: z.number().int().positive(),
  tables: BackupTablesSchema,
  unreadable: z.array(z.object({ table: z.string(), key: z.string(), issues: z.string(), row: z.unknown() })),
  /**
   * The vault's whole history, entries exactly as stored (their hashes are
   * checked over these objects), and its head. Absent in backups made before 2026-12.
   */
  history: z
    .object({ entries: z.array(z.record(z.string(), z.unknown())), head: HeadSchema.nullable() })
    .optional(),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;
