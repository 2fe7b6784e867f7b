import { ZipWriter } from '@zip.js/zip.js';
import type { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_JSON_PATH,
  BACKUP_VERSION,
  type BackupManifest,
  type BackupTables,
  backupBlobPath,
} from './backup-format';
import type { VaultDb } from './db';
import { readHead } from './history/check-vault';
import { compressionLevelFor } from './pack-format';
import { issuesText } from './rows-io';
import { ROW_SCHEMAS } from './schema/rows';
import { LATEST_VAULT_VERSION } from './schema/versions';
import { addBlobEntry, addTextEntry, GENERATOR, ZIP_OPTIONS, zipDate } from './zip-io';

export interface ExportVaultOptions {
  writable: WritableStream<Uint8Array>;
  now: Date;
}

export interface ExportVaultResult {
  counts: Record<keyof BackupTables, number>;
  blobBytes: number;
  unreadable: number;
  mismatches: { itemId: string; expected: string; actual: string }[];
  missingBytes: string[];
}

/**
 * Whole-vault backup, streamed like a dispute pack: every case, item, blob,
 * supplier, order, timeline event, tick, deletion-log entry, dispute draft
 * and the whole history. Staged rows
 * of an unfinished import are not evidence yet and are left out.
 */
export async function exportVault(db: VaultDb, options: ExportVaultOptions): Promise<ExportVaultResult> {
  const unreadable: BackupManifest['unreadable'] = [];
  async function read<T extends keyof BackupTables>(
    table: T,
    keyOf: (row: Record<string, unknown>) => string,
  ) {
    const rows: z.infer<(typeof ROW_SCHEMAS)[T]>[] = [];
    for (const raw of await db.table(table).toArray()) {
      const parsed = ROW_SCHEMAS[table].safeParse(raw);
      if (parsed.success) rows.push(parsed.data as z.infer<(typeof ROW_SCHEMAS)[T]>);
      else unreadable.push({ table, key: keyOf(raw), issues: issuesText(parsed.error), row: raw });
    }
    return rows as BackupTables[T];
  }
  const byId = (r: Record<string, unknown>) => String(r.id);
  const tables: BackupTables = {
    cases: await read('cases', byId),
    items: (await read('items', byId)).filter((i) => i.state === 'complete'),
    suppliers: await read('suppliers', (r) => String(r.key)),
    orders: await read('orders', byId),
    timeline: await read('timeline', byId),
    ticks: await read('ticks', (r) => `${r.orderId}/${r.itemId}`),
    deletions: await read('deletions', byId),
    drafts: await read('drafts', (r) => String(r.caseId)),
  };
  // The history goes raw: its hashes are over the stored objects, so nothing is parsed or reshaped.
  const history = { entries: await db.history.toArray(), head: await readHead(db) };
  const zip = new ZipWriter(options.writable, { ...ZIP_OPTIONS, zip64: true, keepOrder: true });
  const result: ExportVaultResult = {
    counts: {
      cases: tables.cases.length,
      items: 0,
      suppliers: tables.suppliers.length,
      orders: tables.orders.length,
      timeline: tables.timeline.length,
      ticks: tables.ticks.length,
      deletions: tables.deletions.length,
      drafts: tables.drafts.length,
    },
    blobBytes: 0,
    unreadable: unreadable.length,
    mismatches: [],
    missingBytes: [],
  };
  const backedUpItems: BackupTables['items'] = [];
  for (const item of tables.items) {
    const bytes = (await db.blobs.get(item.id))?.bytes;
    if (!(bytes instanceof Blob)) {
      // Keep the metadata in the backup even though its bytes are gone: the vault never drops what it held.
      result.missingBytes.push(item.id);
      unreadable.push({ table: 'items', key: item.id, issues: 'the stored bytes are missing', row: item });
      continue;
    }
    const level = compressionLevelFor(item.mimeType);
    const lastModDate = zipDate(item.capturedAt, options.now);
    const written = await addBlobEntry(zip, backupBlobPath(item.id), bytes, { level, lastModDate });
    if (written.sha256 !== item.sha256) {
      result.mismatches.push({ itemId: item.id, expected: item.sha256, actual: written.sha256 });
    }
    backedUpItems.push(item);
    result.blobBytes += written.size;
  }
  result.counts.items = backedUpItems.length;
  result.unreadable = unreadable.length;
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    generatedAt: options.now.toISOString(),
    generator: GENERATOR,
    schemaVersion: LATEST_VAULT_VERSION,
    tables: { ...tables, items: backedUpItems },
    unreadable,
    history: history as NonNullable<BackupManifest['history']>,
  };
  await addTextEntry(zip, BACKUP_JSON_PATH, JSON.stringify(manifest), options.now);
  await zip.close();
  return result;
}
