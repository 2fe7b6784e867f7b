import { BACKUP_JSON_PATH } from './backup-format';
import { getCase, newId } from './cases';
import type { VaultDb } from './db';
import { toVaultWriteError, VaultImportError } from './errors';
import { appendHistory, historyTables } from './history/append';
import { packImportEvents } from './history/import-events';
import {
  GENERATED_PATHS,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackManifest,
  PackManifestSchema,
} from './pack-format';
import { type CaseRow, CaseRowSchema, type ItemRow, ItemRowSchema } from './schema/rows';
import { completeStaged, discardImport, stageItem } from './staging';
import { checkListedFiles, type OpenedZip, openZip, readManifest, readVerifiedFile } from './zip-read';

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
  });
}

/** The case a pack goes into: the same case when it came from this vault, else the order's case, else a new one. */
async function targetCase(
  db: VaultDb,
  manifest: PackManifest,
  now: Date,
): Promise<{ row: CaseRow; isNew: boolean }> {
  const same = await getCase(db, manifest.case.id);
  if (same) return { row: same, isNew: false };
  const { orderId, marketplace } = manifest.case;
  if (manifest.case.kind === 'order' && orderId) {
    const byOrder = CaseRowSchema.safeParse(
      await db.cases.where('[marketplace+orderId]').equals([marketplace, orderId]).first(),
    );
    if (byOrder.success) return { row: byOrder.data, isNew: false };
  }
  return { row: CaseRowSchema.parse({ ...manifest.case, updatedAt: now.toISOString() }), isNew: true };
}

async function hashesInCase(db: VaultDb, caseId: string): Promise<Map<string, string>> {
  const rows = await db.items.where('caseId').equals(caseId).toArray();
  return new Map(rows.filter((r) => r.state === 'complete').map((r) => [r.sha256, r.id]));
}

/**
 * Imports a dispute pack. Refuses (with the reason, naming the file at fault)
 * anything that is not a zip, not ours, or altered; restores the exact bytes;
 * recognises files the case already holds. Nothing becomes visible until the
 * last transaction: a failure midway leaves the vault as it was.
 */
export async function importPack(db: VaultDb, blob: Blob, options: { now: Date }): Promise<ImportResult> {
  const zip = await openZip(blob, 'TradeGuard dispute pack');
  const importId = newId();
  try {
    const manifest = await readPackManifest(zip);
    checkListedFiles(zip, manifest.files);
    const target = await targetCase(db, manifest, options.now);
    const known = await hashesInCase(db, target.row.id);
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
    for (const file of manifest.files) {
      const existingItemId = known.get(file.sha256);
      if (existingItemId) {
        result.duplicates.push({ path: file.path, existingItemId });
        continue;
      }
      const bytes = await readVerifiedFile(zip, file);
      const { path: _path, ...meta } = file;
      const item = ItemRowSchema.parse({
        ...meta,
        id: newId(),
        caseId: target.row.id,
        state: 'staged',
        importId,
      });
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
  } catch (error) {
    await discardImport(db, importId).catch(() => {});
    throw error instanceof VaultImportError ? error : toVaultWriteError(error);
  } finally {
    await zip.reader.close().catch(() => {});
  }
}
