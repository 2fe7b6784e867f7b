import { ZipWriter } from '@zip.js/zip.js';
import { getCase } from './cases';
import type { VaultDb } from './db';
import { disputeKit } from './dispute-kit';
import {
  compressionLevelFor,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackFile,
  type PackManifest,
  packFileOf,
  packPath,
  REPORT_PATH,
} from './pack-format';
import { cleanReportContext, type ReportContext } from './report-context';
import { renderReport } from './report-html';
import type { RowProblem } from './rows-io';
import { EVIDENCE_KINDS, type ItemRow } from './schema/rows';
import { getItemBytes, listItems } from './store';
import { addBlobEntry, addTextEntry, GENERATOR, ZIP_OPTIONS, zipDate } from './zip-io';

export { exportVault } from './backup-export';

export interface ExportCaseOptions {
  /** Where the ZIP goes, chunk by chunk (a file handle's stream, a download stream, a counter in benchmarks). */
  writable: WritableStream<Uint8Array>;
  reportContext?: ReportContext;
  now: Date;
}

export interface ExportResult {
  files: PackFile[];
  /** Bytes of evidence written (before ZIP headers). */
  evidenceBytes: number;
  /** Files whose stored bytes no longer hash to the value taken at capture (also flagged in report.html). */
  mismatches: { path: string; expected: string; actual: string }[];
  /** Items whose bytes were missing from the vault (left out of the pack) and rows that failed their schema. */
  missingBytes: string[];
  problems: RowProblem[];
  /** Report entries dropped because they failed validation. */
  droppedReportEntries: number;
}

function packOrder(a: ItemRow, b: ItemRow): number {
  return (
    EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind) ||
    a.capturedAt.localeCompare(b.capturedAt)
  );
}

/**
 * Streams a dispute pack for one case: each file is read from its blob's
 * stream and written straight to `writable`, so memory stays flat whatever
 * the pack size. The manifest and report come last, once every hash has been
 * re-checked on the way through. On error the partial output must be discarded.
 */
export async function exportCase(
  db: VaultDb,
  caseId: string,
  options: ExportCaseOptions,
): Promise<ExportResult> {
  const theCase = await getCase(db, caseId);
  if (!theCase) throw new Error('This case no longer exists: nothing was exported.');
  const { items, problems } = await listItems(db, caseId);
  items.sort(packOrder);
  const zip = new ZipWriter(options.writable, { ...ZIP_OPTIONS, zip64: true, keepOrder: true });
  const result: ExportResult = {
    files: [],
    evidenceBytes: 0,
    mismatches: [],
    missingBytes: [],
    problems,
    droppedReportEntries: 0,
  };
  for (const [index, item] of items.entries()) {
    const path = packPath(index, items.length, item);
    const bytes = await getItemBytes(db, item.id);
    if (!bytes) {
      result.missingBytes.push(item.id);
      continue;
    }
    const lastModDate = zipDate(item.capturedAt, options.now);
    const written = await addBlobEntry(zip, path, bytes, {
      level: compressionLevelFor(item.mimeType),
      lastModDate,
    });
    if (written.sha256 !== item.sha256)
      result.mismatches.push({ path, expected: item.sha256, actual: written.sha256 });
    // The manifest states the capture-time hash: a mismatch must stay visible, never be papered over.
    result.files.push(packFileOf(item, path));
    result.evidenceBytes += written.size;
  }
  const { createdAt, id, kind, marketplace, title, orderId, supplierKey } = theCase;
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generatedAt: options.now.toISOString(),
    generator: GENERATOR,
    case: {
      id,
      kind,
      marketplace,
      title,
      createdAt,
      ...(orderId && { orderId }),
      ...(supplierKey && { supplierKey }),
    },
    files: result.files,
  };
  const { context, dropped } = cleanReportContext(options.reportContext);
  result.droppedReportEntries = dropped;
  const kit = await disputeKit(db, caseId);
  await addTextEntry(zip, MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`, options.now);
  await addTextEntry(
    zip,
    REPORT_PATH,
    renderReport({ manifest, context, kit, mismatches: result.mismatches }),
    options.now,
  );
  await zip.close();
  return result;
}
