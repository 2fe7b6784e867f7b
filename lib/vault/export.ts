import { renderDisputeMarkdown } from '../dispute/markdown';
import type { DisputeDraft } from '../dispute/types';
import type { Language } from '../i18n/languages';
import { createTranslator } from '../i18n/translate';
import { PieceBuffers, pieceBytesFor } from './blob-pieces';
import { getCase } from './cases';
import type { VaultDb } from './db';
import { disputeKit } from './dispute-kit';
import { prepareHistoryHasher } from './history/append';
import { checkSlice } from './history/check-slice';
import { caseHistory, readHead } from './history/check-vault';
import { packExported } from './history/pack-binding';
import type { HistoryProblem } from './history/problems';
import { sealPackExport } from './history/seal-export';
import { type HistorySlice, historySlice } from './history/slice';
import {
  type EvidenceSplit,
  EXPORT_IN_MEMORY_LIMIT,
  EXPORT_READ_AHEAD_BYTES,
  writeCheckedEvidence,
  writeEvidence,
  writeHashedText,
} from './pack-entries';
import {
  compressionLevelFor,
  DISPUTE_PATH,
  HISTORY_PATH,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  type PackFile,
  type PackHistoryRef,
  type PackManifest,
  packFileOf,
  packPath,
  REPORT_PATH,
  SUMS_PATH,
} from './pack-format';
import { cleanReportContext, type ReportContext } from './report-context';
import { renderReport } from './report-html';
import type { RowProblem } from './rows-io';
import { EVIDENCE_KINDS, type ItemRow } from './schema/rows';
import { getItemBytes, listItems } from './store';
import { GENERATOR, sha256sums, zipDate } from './zip-io';
import { ZipStreamWriter } from './zip-stream-writer';

export { exportVault } from './backup-export';

export interface ExportCaseOptions {
  /** Where the ZIP goes, chunk by chunk (a file handle's stream, a download stream, a counter in benchmarks). */
  writable: WritableStream<Uint8Array>;
  reportContext?: ReportContext;
  /** Receives how long each part of the export took, in ms (the benchmark's profile). */
  profile?: (split: Record<string, number>) => void;
  /** The case's dispute draft, written as dispute.md and into report.html. */
  dispute?: DisputeDraft;
  /** The language report.html is written in (recorded in the manifest); English when absent. */
  language?: Language;
  /** The buyer's time zone, for the report's dates (UTC when absent). */
  timeZone?: string;
  now: Date;
  /**
   * Stored items up to this many bytes are read whole and hashed natively
   * (fast; memory holds one, or two while the next is read when both fit in
   * EXPORT_READ_AHEAD_BYTES); larger ones stream through a WebAssembly
   * SHA-256. Default EXPORT_IN_MEMORY_LIMIT; 0 streams everything.
   */
  holdWholeUpTo?: number;
  /**
   * Hash every item again with SHA-256 on the way out (what exports did before
   * the CRC-32 check; kept for the benchmark's before/after). By default a
   * stored item with its CRC-32 kept at capture is checked against that CRC-32
   * and the capture-time SHA-256 is stated; items without one are re-hashed.
   */
  rehash?: boolean;
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
  /** What the export's own check of the case's history found (empty: intact). */
  historyProblems: HistoryProblem[];
}

function historyRef(slice: HistorySlice, sha: string): PackHistoryRef {
  return {
    path: HISTORY_PATH,
    sha256: sha,
    entries: slice.entries.length,
    caseHead: slice.caseHead,
    vaultHead: slice.vaultHead,
  };
}

function packOrder(a: ItemRow, b: ItemRow): number {
  return (
    EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind) ||
    a.capturedAt.localeCompare(b.capturedAt)
  );
}

/** The case's items and its history read in one transaction, so the pack's history matches its files. */
async function snapshot(db: VaultDb, caseId: string) {
  return db.transaction('r', [db.cases, db.items, db.history, db.historyHead], async () => ({
    theCase: await getCase(db, caseId),
    listed: await listItems(db, caseId),
    entries: await caseHistory(db, caseId),
    vaultHead: await readHead(db),
  }));
}

/**
 * Streams a dispute pack for one case: each file is read from its blob's
 * stream and written straight to `writable`, so memory stays flat whatever
 * the pack size. dispute.md, history.json, the manifest, the report and
 * SHA256SUMS come last, once every file has been checked on the way through
 * (against the CRC-32 kept at capture, or re-hashed when an item has none).
 * On error the partial output is discarded (the target stream is aborted).
 */
export async function exportCase(
  db: VaultDb,
  caseId: string,
  options: ExportCaseOptions,
): Promise<ExportResult> {
  const output = abortableOutput(options.writable);
  try {
    // Resolves once the ZIP writer has closed the target.
    return await writeCasePack(db, caseId, { ...options, writable: output.writable });
  } catch (error) {
    // A half-written pack must not be left behind looking like one: the file being written is discarded.
    await output.abort(error);
    throw error;
  }
}

/**
 * `target` behind a stream of our own whose writes settle only when the
 * target's do: the export reads into a few reused buffers (blob-pieces.ts) and
 * may overwrite one only once the target is done with it (a pass-through
 * queue would still hold it). The ZIP writer locks the stream it writes to, so
 * only this wrapper, holding the target's writer, can still tell the file
 * handle to discard what it received (FileSystemWritableFileStream.abort keeps the old file).
 */
function abortableOutput(target: WritableStream<Uint8Array>) {
  const out = target.getWriter();
  const writable = new WritableStream<Uint8Array>(
    {
      write: (chunk) => out.write(chunk),
      close: () => out.close(),
      abort: (reason) => out.abort(reason),
    },
    // Two pieces queued beside the one being written: reading goes on while the target writes.
    new CountQueuingStrategy({ highWaterMark: 2 }),
  );
  return {
    writable,
    async abort(reason: unknown) {
      await out.abort(reason).catch(() => {});
    },
  };
}

async function writeCasePack(db: VaultDb, caseId: string, options: ExportCaseOptions): Promise<ExportResult> {
  const t0 = performance.now();
  const sha256 = await prepareHistoryHasher();
  const { theCase, listed, entries, vaultHead } = await snapshot(db, caseId);
  const t1 = performance.now();
  if (!theCase) throw new Error('This case no longer exists: nothing was exported.');
  const { items, problems } = listed;
  items.sort(packOrder);
  const zip = new ZipStreamWriter(options.writable);
  const buffers = new PieceBuffers(pieceBytesFor(items.reduce((sum, item) => sum + (item.size ?? 0), 0)));
  const result: ExportResult = {
    files: [],
    evidenceBytes: 0,
    mismatches: [],
    missingBytes: [],
    problems,
    droppedReportEntries: 0,
    historyProblems: [],
  };
  const holdWholeUpTo = options.holdWholeUpTo ?? EXPORT_IN_MEMORY_LIMIT;
  // Stored items that fit in memory are read whole (hashed natively); the next one is read while this
  // one is hashed and written when both fit in EXPORT_READ_AHEAD_BYTES.
  const readWhole = async (at: number) => {
    const item = items[at];
    if (!item) return null;
    const bytes = await getItemBytes(db, item.id);
    const whole =
      bytes &&
      options.rehash &&
      item.crc32 &&
      bytes.size === item.size &&
      bytes.size <= holdWholeUpTo &&
      compressionLevelFor(item.mimeType) === 0
        ? bytes.arrayBuffer()
        : undefined;
    whole?.catch(() => undefined); // a failed read surfaces where it is awaited
    return { bytes, whole };
  };
  const sizeAt = (at: number) => items[at]?.size ?? 0;
  const split: EvidenceSplit = { readWaitMs: 0, hashCallMs: 0, writeMs: 0, hashWaitMs: 0, checkMs: 0 };
  let next = readWhole(0);
  for (const [index, item] of items.entries()) {
    const path = packPath(index, items.length, item);
    const waited = performance.now();
    const current = await next;
    split.readWaitMs += performance.now() - waited;
    const ahead = sizeAt(index) + sizeAt(index + 1) <= EXPORT_READ_AHEAD_BYTES;
    if (ahead) next = readWhole(index + 1);
    const bytes = current?.bytes;
    if (!bytes) {
      if (!ahead) next = readWhole(index + 1);
      result.missingBytes.push(item.id);
      continue;
    }
    const level = compressionLevelFor(item.mimeType);
    const checkable = !options.rehash && level === 0 && item.crc32 && bytes.size === item.size;
    // Stored entries use the CRC-32 kept at capture (no second pass over the bytes for it).
    const written = checkable
      ? await writeCheckedEvidence(zip, path, bytes, {
          lastModDate: zipDate(item.capturedAt, options.now),
          crc32: item.crc32 as string,
          sha256: item.sha256,
          split,
          buffers,
        })
      : await writeEvidence(zip, path, bytes, {
          level,
          lastModDate: zipDate(item.capturedAt, options.now),
          ...(bytes.size === item.size && item.crc32 && { crc32: item.crc32 }),
          ...(current.whole && { whole: current.whole }),
          split,
        });
    if (!ahead) next = readWhole(index + 1);
    if (written.sha256 !== item.sha256)
      result.mismatches.push({ path, expected: item.sha256, actual: written.sha256 });
    // The manifest states the capture-time hash: a mismatch must stay visible, never be papered over.
    result.files.push(packFileOf(item, path));
    result.evidenceBytes += written.size;
  }
  const t2 = performance.now();
  // SHA256SUMS states what each file must hash to: evidence at its capture-time hash.
  const sums = result.files.map((f) => ({ path: f.path, sha256: f.sha256 }));
  const add = async (path: string, text: string) => {
    const digest = await writeHashedText(zip, path, text, options.now);
    sums.push({ path, sha256: digest });
    return digest;
  };
  const disputeSha = options.dispute
    ? await add(
        DISPUTE_PATH,
        renderDisputeMarkdown(options.dispute, createTranslator(options.language ?? 'en')),
      )
    : undefined;
  const { createdAt, id, kind, marketplace, title, orderId, supplierKey } = theCase;
  const body: Omit<PackManifest, 'history'> = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generatedAt: options.now.toISOString(),
    generator: GENERATOR,
    ...(options.language && { language: options.language }),
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
    ...(disputeSha && { dispute: { path: DISPUTE_PATH, sha256: disputeSha } }),
  };
  const { context, dropped } = cleanReportContext(options.reportContext);
  result.droppedReportEntries = dropped;
  const kit = await disputeKit(db, caseId);
  const t2b = performance.now();
  // The history as it leaves the vault, checked the way verify-pack will check it.
  const before = historyRef(historySlice(caseId, entries, vaultHead), '');
  const check = checkSlice({
    raw: historySlice(caseId, entries, vaultHead),
    caseId,
    ref: before,
    files: result.files,
    sha256,
    theCase: body.case,
  });
  const reportSha = await add(
    REPORT_PATH,
    renderReport({
      manifest: { ...body, history: before },
      context,
      kit,
      mismatches: result.mismatches,
      history: { entries, problems: check.problems },
      t: createTranslator(options.language ?? 'en'),
      ...(options.timeZone && { timeZone: options.timeZone }),
      ...(options.dispute && { dispute: options.dispute }),
    }),
  );
  // The pack's own entry: its head vouches for the report, the draft and every statement of the manifest.
  const t2c = performance.now();
  const sealed = await sealPackExport(db, caseId, entries.at(-1)?.hash ?? null, options.now, () =>
    packExported(caseId, body, { report: reportSha, ...(disputeSha && { dispute: disputeSha }) }, sha256),
  );
  const slice = historySlice(caseId, [...entries, sealed], { seq: sealed.seq, hash: sealed.hash });
  const t2d = performance.now();
  const history = historyRef(slice, await add(HISTORY_PATH, `${JSON.stringify(slice, null, 2)}\n`));
  const { dispute: disputeRef, ...rest } = body;
  const manifest: PackManifest = { ...rest, history, ...(disputeRef && { dispute: disputeRef }) };
  await add(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  await zip.add(SUMS_PATH, new TextEncoder().encode(sha256sums(sums)), {
    level: 6,
    lastModDate: options.now,
  });
  const t3 = performance.now();
  await zip.close();
  options.profile?.({
    readRowsMs: t1 - t0,
    evidenceMs: t2 - t1,
    ...split,
    textsAndChecksMs: t3 - t2,
    kitMs: t2b - t2,
    checkAndReportMs: t2c - t2b,
    sealMs: t2d - t2c,
    historyManifestSumsMs: t3 - t2d,
    closeMs: performance.now() - t3,
  });
  result.historyProblems = check.problems;
  return result;
}
