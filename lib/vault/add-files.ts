import type { VaultDb } from './db';
import type { ItemRow } from './schema/rows';
import { addEvidence, type EvidenceInput, hashedRows, writeHashed } from './store';

/** Files per transaction: one commit for many files is what makes a folder of screenshots fast. */
export const FILES_PER_TRANSACTION = 50;
/** A batch is written once its files reach this many bytes (a video goes alone; memory stays bounded). */
export const BYTES_PER_TRANSACTION = 64 * 1024 * 1024;

export interface AddFilesResult {
  /** Rows saved, in the order of the files. */
  saved: ItemRow[];
  /**
   * The first file that could not be saved (files after it were not tried) and
   * addEvidence's error for it (a VaultWriteError for a failed write); absent when all were saved.
   */
  failed?: { index: number; error: unknown };
}

/**
 * Adds files one batch per transaction and says which file failed when one
 * does. `prepare(i)` makes file i's input (its thumbnail, say) and is called in
 * order, `onFile(i)` just before, for per-file progress. While one batch is
 * written, the next is prepared and hashed (hashing and IndexedDB overlap;
 * memory holds two batches at most). Batches are written in order, each once
 * the one before it is saved. When a batch fails (a full disk, a file that
 * cannot be read), its files are tried again one per transaction, so every
 * file before the one at fault is kept and that file is named, as when each
 * file had its own transaction; nothing after it is written.
 */
export async function addFiles(
  db: VaultDb,
  count: number,
  prepare: (index: number) => Promise<EvidenceInput>,
  options: {
    onFile?: (index: number) => void;
    perTransaction?: number;
    bytesPerTransaction?: number;
    /** Receives each batch's hashing and IndexedDB time, in ms (the benchmark's split; the two overlap). */
    profile?: (split: { hashMs: number; transactionMs: number }) => void;
  } = {},
): Promise<AddFilesResult> {
  const perTransaction = options.perTransaction ?? FILES_PER_TRANSACTION;
  const bytesPerTransaction = options.bytesPerTransaction ?? BYTES_PER_TRANSACTION;
  const saved: ItemRow[] = [];
  let batch: EvidenceInput[] = [];
  let batchBytes = 0;
  // The batch being written (resolves to the failure, if any); the next one waits for it.
  let writing: Promise<AddFilesResult['failed']> = Promise.resolve(undefined);
  const save = async (
    inputs: EvidenceInput[],
    rows: Promise<{ items: ItemRow[]; hashMs: number }>,
  ): Promise<AddFilesResult['failed']> => {
    try {
      const { items, hashMs } = await rows;
      const t = performance.now();
      await writeHashed(db, inputs, items);
      options.profile?.({ hashMs, transactionMs: performance.now() - t });
      saved.push(...items);
      return undefined;
    } catch {
      // Nothing of this batch was saved: one transaction per file finds the one at fault and keeps the others before it.
      for (const input of inputs) {
        try {
          saved.push(await addEvidence(db, input));
        } catch (error) {
          return { index: saved.length, error };
        }
      }
      return undefined;
    }
  };
  /** Starts hashing the batch, queues its write after the one in flight, and waits for that earlier one. */
  const flush = async (): Promise<AddFilesResult['failed']> => {
    const inputs = batch;
    batch = [];
    batchBytes = 0;
    const started = performance.now();
    const rows = hashedRows(inputs).then((items) => ({ items, hashMs: performance.now() - started }));
    rows.catch(() => undefined); // a failed hash surfaces in save(), which retries file by file
    const before = writing;
    writing = before.then((failed) => failed ?? save(inputs, rows));
    return before;
  };
  for (let i = 0; i < count; i++) {
    options.onFile?.(i);
    const input = await prepare(i);
    // A file that would take the batch past its bytes starts the next one: a video never rides with the photos before it.
    if (batch.length > 0 && batchBytes + input.bytes.size > bytesPerTransaction) {
      const failed = await flush();
      if (failed) return { saved, failed };
    }
    batch.push(input);
    batchBytes += input.bytes.size;
    if (batch.length >= perTransaction || batchBytes >= bytesPerTransaction || i === count - 1) {
      const failed = await flush();
      if (failed) return { saved, failed };
    }
  }
  const failed = await writing;
  return failed ? { saved, failed } : { saved };
}
