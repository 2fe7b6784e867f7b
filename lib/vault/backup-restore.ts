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
import { crc32OfBlob } from './hash';
import { adoptHistory, appendHistory, HEAD_KEY, historyTables, prepareHistoryHasher } from './history/append';
import { restoreEvents } from './history/import-events';
import { verifyBackupHistory } from './history/verify-backup';
import { IMPORT_LIMITS } from './limits';
import { MANIFEST_PATH } from './pack-format';
import type { CaseRow, ItemRow } from './schema/rows';
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
  /** Stamps staged rows (the clean-up's age rule where Web Locks are missing) and the history's entries. */
  now: Date;
  /** As for importPack: navigator.storage.estimate and navigator.locks by default. */
  storageEstimate?: StorageEstimate;
  locks?: ImportLocks | null;
}

/** Adds the rows whose key the vault does not hold yet; returns them. */
async function addMissing<T, K extends IndexableType>(
  table: Table<T, K>,
  rows: readonly T[],
  keyOf: (row: T) => K,
): Promise<T[]> {
  if (rows.length === 0) return [];
  const keys = rows.map(keyOf);
  const existing = await table.bulkGet(keys);
  const missing = rows.filter((_, i) => existing[i] === undefined);
  await table.bulkAdd(missing);
  return missing;
}

/** Refuses, before anything is written, a backup whose history does not hold together. */
async function checkBackupHistory(manifest: BackupManifest): Promise<void> {
  const problems = verifyBackupHistory(manifest, await prepareHistoryHasher());
  if (problems.length === 0) return;
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  throw new VaultImportError(
    'history-broken',
    `This backup's history is broken: ${problems[0]!.message}${more} Nothing was restored.`,
    BACKUP_JSON_PATH,
  );
}

/**
 * Restores a whole-vault backup with the guarantees of an import: every blob
 * verified against its hash before anything is visible, staged then
 * committed in one transaction, and nothing the vault already holds altered.
 */
export async function restoreVault(db: VaultDb, blob: Blob, options: RestoreOptions): Promise<RestoreResult> {
  const zip = await openZip(blob, 'TradeGuard vault backup');
  const importId = newId();
  try {
    const manifest = await readBackupManifest(zip);
    await checkBackupHistory(manifest);
    const { tables } = manifest;
    const expected = tables.items.map((i) => ({ ...i, path: backupBlobPath(i.id) }));
    checkListedFiles(zip, expected);
    checkExpansion(zip, expected);
    const result: RestoreResult = {
      importId,
      added: {
        cases: 0,
        items: 0,
        suppliers: 0,
        orders: 0,
        timeline: 0,
        ticks: 0,
        deletions: 0,
        drafts: 0,
      },
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
    const stagedItems: ItemRow[] = [];
    await holdingImportLock(locks, importId, async () => {
      for (const file of expected) {
        if (present.has(`${file.caseId}/${file.sha256}`)) {
          result.duplicates++;
          continue;
        }
        const bytes = await readVerifiedFile(zip, file);
        const { path: _path, ...row } = file;
        // The backup's CRC-32 is a claim (hand-edited, damaged): a wrong one would be written into every
        // dispute pack's ZIP unchecked, so it is taken from the verified bytes instead.
        const crc32 = await crc32OfBlob(bytes);
        // Keep the original id unless this vault already uses it for other bytes.
        const id = (await db.items.get(row.id)) ? newId() : row.id;
        const staged = { ...row, crc32, id, importId, stagedAt: options.now.toISOString() } as ItemRow & {
          importId: string;
        };
        await stageItem(db, staged, bytes);
        stagedItems.push(staged);
        present.add(`${file.caseId}/${file.sha256}`);
        result.added.items++;
      }
      await db.transaction(
        'rw',
        [
          db.cases,
          db.items,
          db.suppliers,
          db.orders,
          db.timeline,
          db.ticks,
          db.deletions,
          db.drafts,
          ...historyTables(db),
        ],
        async () => {
          const byId = (row: { id: string }) => row.id;
          const cases: CaseRow[] = await addMissing(db.cases, tables.cases, byId);
          result.added.cases = cases.length;
          result.added.suppliers = (await addMissing(db.suppliers, tables.suppliers, (s) => s.key)).length;
          result.added.orders = (await addMissing(db.orders, tables.orders, byId)).length;
          result.added.timeline = (await addMissing(db.timeline, tables.timeline, byId)).length;
          result.added.ticks = (
            await addMissing(db.ticks, tables.ticks, (t): [string, string] => [t.orderId, t.itemId])
          ).length;
          result.added.deletions = (await addMissing(db.deletions, tables.deletions, byId)).length;
          result.added.drafts = (await addMissing(db.drafts, tables.drafts, (d) => d.caseId)).length;
          await completeStaged(db, importId, result.added.items);
          await recordRestore(db, manifest, {
            importId,
            cases,
            items: stagedItems,
            result,
            now: options.now,
          });
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

/**
 * A vault with no history yet (a new computer) takes the backup's history as
 * its own, so it continues unbroken; otherwise every case and item the
 * restore added is recorded in this vault's history. Either way a 'restored'
 * entry names the backup's head.
 */
async function recordRestore(
  db: VaultDb,
  manifest: BackupManifest,
  r: { importId: string; cases: CaseRow[]; items: ItemRow[]; result: RestoreResult; now: Date },
): Promise<void> {
  const history = manifest.history;
  const empty = (await db.history.count()) === 0 && !(await db.historyHead.get(HEAD_KEY));
  const adopted = Boolean(history?.head && empty);
  if (adopted) await adoptHistory(db, history!.entries, history!.head!);
  await appendHistory(
    db,
    restoreEvents({
      importId: r.importId,
      backupHead: history?.head ?? null,
      backupEntries: history?.entries.length ?? 0,
      adopted,
      cases: r.cases,
      items: r.items,
      duplicates: r.result.duplicates,
    }),
    r.now,
  );
}
