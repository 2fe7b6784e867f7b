import type { IndexableType, Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_JSON_PATH,
  BACKUP_VERSION,
  type BackupManifest,
  BackupManifestSchema,
  type BackupTables,
  backupBlobPath,
} from './backup-format';
import { newId } from './cases';
import type { VaultDb } from './db';
import { toVaultWriteError, VaultImportError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { MANIFEST_PATH } from './pack-format';
import type { ItemRow } from './schema/rows';
import {
  browserLocks,
  completeStaged,
  discardImport,
  holdingImportLock,
  type ImportLocks,
  stageItem,
} from './staging';
import {
  browserStorageEstimate,
  checkExpansion,
  checkFreeSpace,
  checkListedFiles,
  type OpenedZip,
  openZip,
  readManifest,
  readVerifiedFile,
  type StorageEstimate,
} from './zip-read';

export interface RestoreResult {
  importId: string;
  /** Rows added per table. Rows the vault already held are kept as they are, never overwritten. */
  added: Record<keyof BackupTables, number>;
  /** Items whose exact bytes were already in the vault (same case, same SHA-256). */
  duplicates: number;
  /** Rows the backup itself could not read when it was made (kept in the file, not restored). */
  unreadableInBackup: number;
}

function readBackupManifest(zip: OpenedZip): Promise<BackupManifest> {
  return readManifest(zip, {
    path: BACKUP_JSON_PATH,
    what: 'vault backup',
    short: 'backup',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schema: BackupManifestSchema,
    otherPath: MANIFEST_PATH,
    otherHint: 'It is a dispute pack: use "Import pack" instead.',
    maxBytes: IMPORT_LIMITS.backupManifestBytes,
  });
}

export interface RestoreOptions {
  /** Stamps staged rows (the clean-up's age rule where Web Locks are missing). */
  now?: Date;
  /** As for importPack: navigator.storage.estimate and navigator.locks by default. */
  storageEstimate?: StorageEstimate;
  locks?: ImportLocks | null;
}

/** Adds the rows whose key the vault does not hold yet; returns how many. */
async function addMissing<T, K extends IndexableType>(
  table: Table<T, K>,
  rows: readonly T[],
  keyOf: (row: T) => K,
): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = rows.map(keyOf);
  const existing = await table.bulkGet(keys);
  const missing = rows.filter((_, i) => existing[i] === undefined);
  await table.bulkAdd(missing);
  return missing.length;
}

/**
 * Restores a whole-vault backup with the guarantees of an import: every blob
 * verified against its hash before anything is visible, staged then
 * committed in one transaction, and nothing the vault already holds altered.
 */
export async function restoreVault(
  db: VaultDb,
  blob: Blob,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const zip = await openZip(blob, 'TradeGuard vault backup');
  const importId = newId();
  try {
    const manifest = await readBackupManifest(zip);
    const { tables } = manifest;
    const expected = tables.items.map((i) => ({ ...i, path: backupBlobPath(i.id) }));
    checkListedFiles(zip, expected);
    checkExpansion(zip, expected);
    const result: RestoreResult = {
      importId,
      added: { cases: 0, items: 0, suppliers: 0, orders: 0, timeline: 0, ticks: 0, deletions: 0 },
      duplicates: 0,
      unreadableInBackup: manifest.unreadable.length,
    };
    const present = new Set(
      (await db.items.toArray()).filter((i) => i.state === 'complete').map((i) => `${i.caseId}/${i.sha256}`),
    );
    const missing = expected.filter((f) => !present.has(`${f.caseId}/${f.sha256}`));
    await checkFreeSpace(
      missing.reduce((sum, f) => sum + f.size, 0),
      options.storageEstimate ?? browserStorageEstimate(),
    );
    const locks = options.locks === undefined ? browserLocks() : options.locks;
    await holdingImportLock(locks, importId, async () => {
      for (const file of expected) {
        if (present.has(`${file.caseId}/${file.sha256}`)) {
          result.duplicates++;
          continue;
        }
        const bytes = await readVerifiedFile(zip, file);
        const { path: _path, ...row } = file;
        // Keep the original id unless this vault already uses it for other bytes.
        const id = (await db.items.get(row.id)) ? newId() : row.id;
        const stagedAt = options.now?.toISOString();
        await stageItem(
          db,
          { ...row, id, importId, ...(stagedAt && { stagedAt }) } as ItemRow & { importId: string },
          bytes,
        );
        present.add(`${file.caseId}/${file.sha256}`);
        result.added.items++;
      }
      await db.transaction(
        'rw',
        [db.cases, db.items, db.suppliers, db.orders, db.timeline, db.ticks, db.deletions],
        async () => {
          const byId = (row: { id: string }) => row.id;
          result.added.cases = await addMissing(db.cases, tables.cases, byId);
          result.added.suppliers = await addMissing(db.suppliers, tables.suppliers, (s) => s.key);
          result.added.orders = await addMissing(db.orders, tables.orders, byId);
          result.added.timeline = await addMissing(db.timeline, tables.timeline, byId);
          result.added.ticks = await addMissing(db.ticks, tables.ticks, (t): [string, string] => [
            t.orderId,
            t.itemId,
          ]);
          result.added.deletions = await addMissing(db.deletions, tables.deletions, byId);
          await completeStaged(db, importId, result.added.items);
        },
      );
    });
    return result;
  } catch (error) {
    await discardImport(db, importId).catch(() => {});
    throw error instanceof VaultImportError ? error : toVaultWriteError(error);
  } finally {
    await zip.reader.close().catch(() => {});
  }
}
