import { BACKUP_JSON_PATH } from './backup-format';
import { getCase, newId } from './cases';
import type { VaultDb } from './db';
import { toVaultWriteError, VaultImportError } from './errors';
import { appendHistory, historyTables } from './history/append';
import { packImportEvents } from './history/import-events';
import { IMPORT_LIMITS } from './limits';
import {
  GENERATED_PATHS,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackFile,
  type PackManifest,
  PackManifestSchema,
} from './pack-format';
import { type CaseRow, CaseRowSchema, type ImportedFrom, type ItemRow, ItemRowSchema } from './schema/rows';
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

export { restoreVault } from './backup-restore';
export { cleanupStaged } from './staging';

export interface ImportResult {
  caseId: string;
  caseCreated: boolean;
  importId: string;
  imported: number;
  /** Files whose exact bytes the case already held (matched by SHA-256): recognised, not duplicated. */
  duplicates: { path: string; existingItemId: string }[];
  /** ZIP entries the manifest does not list: never imported. */
  ignored: string[];
}

export interface ImportOptions {
  now: Date;
  /**
   * The pack names a case the vault already has (the same case id, or the
   * same order): 'merge' adds its files to that case, 'separate' keeps them in
   * a case of their own. Unset: refused with 'needs-confirmation', so the
   * buyer is asked first — a pack is a file anyone can write.
   */
  existingCase?: 'merge' | 'separate';
  /** navigator.storage.estimate (default) or a stand-in: the files must fit in the free space. */
  storageEstimate?: StorageEstimate;
  /** navigator.locks (default) or a stand-in; null for none. Held for the whole import. */
  locks?: ImportLocks | null;
}

function readPackManifest(zip: OpenedZip): Promise<PackManifest> {
  return readManifest(zip, {
    path: MANIFEST_PATH,
    what: 'dispute pack',
    short: 'pack',
    format: PACK_FORMAT,
    version: PACK_VERSION,
    schema: PackManifestSchema,
    otherPath: BACKUP_JSON_PATH,
    otherHint: 'It is a whole-vault backup: use "Restore backup" instead.',
    maxBytes: IMPORT_LIMITS.packManifestBytes,
  });
}

/** The buyer's case this pack names: the same case id, else the case of the same order. */
async function existingCaseFor(db: VaultDb, manifest: PackManifest): Promise<CaseRow | null> {
  const same = await getCase(db, manifest.case.id);
  if (same) return same;
  const { orderId, marketplace } = manifest.case;
  if (manifest.case.kind !== 'order' || !orderId) return null;
  const byOrder = CaseRowSchema.safeParse(
    await db.cases.where('[marketplace+orderId]').equals([marketplace, orderId]).first(),
  );
  return byOrder.success ? byOrder.data : null;
}

/**
 * The case a pack goes into. A case the vault already has is joined only when
 * the buyer said so; kept apart, the pack gets a case of its own that does not
 * take the order's place (the buyer's own captures still go to their case).
 */
async function targetCase(
  db: VaultDb,
  manifest: PackManifest,
  options: ImportOptions,
  importId: string,
): Promise<{ row: CaseRow; isNew: boolean }> {
  const at = options.now.toISOString();
  const existing = await existingCaseFor(db, manifest);
  if (!existing) return { row: CaseRowSchema.parse({ ...manifest.case, updatedAt: at }), isNew: true };
  if (options.existingCase === 'merge') return { row: existing, isNew: false };
  if (options.existingCase === 'separate') {
    const { orderId: _orderId, ...rest } = manifest.case;
    const row = CaseRowSchema.parse({
      ...rest,
      id: newId(),
      kind: 'supplier',
      supplierKey: `import:${importId}`,
      title: `${manifest.case.title || 'Case'} (imported ${at.slice(0, 10)})`,
      createdAt: at,
      updatedAt: at,
    });
    return { row, isNew: true };
  }
  throw new VaultImportError(
    'needs-confirmation',
    `This pack is for a case you already have (“${existing.title || existing.orderId || 'case'}”). Choose whether to add its files to that case or keep them in a separate case. Nothing was imported yet.`,
    undefined,
    undefined,
    existing.id,
  );
}

async function hashesInCase(db: VaultDb, caseId: string): Promise<Map<string, string>> {
  const rows = await db.items.where('caseId').equals(caseId).toArray();
  return new Map(rows.filter((r) => r.state === 'complete').map((r) => [r.sha256, r.id]));
}

/** What the pack says about a file's capture is a claim: kept apart, never taken as this vault's record. */
function importedRow(
  file: PackFile,
  manifest: PackManifest,
  caseId: string,
  importId: string,
  now: Date,
): ItemRow {
  const { path: _path, captureMethod, capturedAt, imported: earlier, ...meta } = file;
  const at = now.toISOString();
  const imported: ImportedFrom = {
    importedAt: at,
    importId,
    // A pack passed on keeps the first claim it carried.
    claimedCaptureMethod: earlier?.claimedCaptureMethod ?? captureMethod,
    claimedCapturedAt: earlier?.claimedCapturedAt ?? capturedAt,
    packGeneratedAt: manifest.generatedAt,
    packGenerator: manifest.generator,
  };
  return ItemRowSchema.parse({
    ...meta,
    id: newId(),
    caseId,
    captureMethod: 'import',
    capturedAt: at,
    state: 'staged',
    importId,
    stagedAt: at,
    imported,
  });
}

/**
 * Imports a dispute pack. Refuses (with the reason, naming the file or limit
 * at fault) anything that is not a zip, not ours, altered, too large for its
 * limits or the free space, before writing anything; restores the exact
 * bytes; recognises files the case already holds; marks every file as
 * imported. Nothing becomes visible until the last transaction: a failure
 * midway leaves the vault as it was.
 */
export async function importPack(db: VaultDb, blob: Blob, options: ImportOptions): Promise<ImportResult> {
  const zip = await openZip(blob, 'TradeGuard dispute pack');
  const importId = newId();
  try {
    const manifest = await readPackManifest(zip);
    checkListedFiles(zip, manifest.files);
    checkExpansion(zip, manifest.files);
    const target = await targetCase(db, manifest, options, importId);
    const known = target.isNew ? new Map<string, string>() : await hashesInCase(db, target.row.id);
    const listed = new Set(manifest.files.map((f) => f.path));
    const result: ImportResult = {
      caseId: target.row.id,
      caseCreated: target.isNew,
      importId,
      imported: 0,
      duplicates: [],
      ignored: [...zip.files.keys()].filter((p) => !listed.has(p) && !GENERATED_PATHS.includes(p)),
    };
    const staged: ItemRow[] = [];
    const toAdd = new Map<string, PackFile>();
    for (const file of manifest.files) if (!known.has(file.sha256)) toAdd.set(file.sha256, file);
    await checkFreeSpace(
      [...toAdd.values()].reduce((sum, f) => sum + f.size, 0),
      options.storageEstimate ?? browserStorageEstimate(),
    );
    const locks = options.locks === undefined ? browserLocks() : options.locks;
    return await holdingImportLock(locks, importId, async () => {
      for (const file of manifest.files) {
        const existingItemId = known.get(file.sha256);
        if (existingItemId) {
          result.duplicates.push({ path: file.path, existingItemId });
          continue;
        }
        const bytes = await readVerifiedFile(zip, file);
        const item = importedRow(file, manifest, target.row.id, importId, options.now);
        await stageItem(db, item as ItemRow & { importId: string }, bytes);
        staged.push(item);
        known.set(file.sha256, item.id);
        result.imported++;
      }
      await db.transaction('rw', [db.cases, db.items, ...historyTables(db)], async () => {
        if (target.isNew) await db.cases.add(target.row);
        else await db.cases.update(target.row.id, { updatedAt: options.now.toISOString() });
        await completeStaged(db, importId, result.imported);
        // History: the case (when new), each file, and the pack's own history head.
        await appendHistory(
          db,
          packImportEvents({
            caseRow: target.row,
            caseCreated: target.isNew,
            importId,
            items: staged,
            duplicates: result.duplicates.length,
            packCaseHead: manifest.history?.caseHead ?? null,
            packGeneratedAt: manifest.generatedAt,
          }),
          options.now,
        );
      });
      return result;
    });
  } catch (error) {
    await discardImport(db, importId).catch(() => {});
    throw error instanceof VaultImportError ? error : toVaultWriteError(error);
  } finally {
    await zip.reader.close().catch(() => {});
  }
}
