import type { VaultDb } from './db';
import type { ItemRow } from './schema/rows';
import { addEvidence, addEvidenceBatch, type EvidenceInput } from './store';

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
 * order, `onFile(i)` just before, for per-file progress. When a batch fails
 * (a full disk), its files are tried again one per transaction, so every file
 * before the one at fault is kept and that file is named, as when each file
 * had its own transaction.
 */
export async function addFiles(
  db: VaultDb,
  count: number,
  prepare: (index: number) => Promise<EvidenceInput>,
  options: {
    onFile?: (index: number) => void;
    perTransaction?: number;
    bytesPerTransaction?: number;
    /** Receives each batch's hashing and IndexedDB time, in ms (the benchmark's split). */
    profile?: (split: { hashMs: number; transactionMs: number }) => void;
  } = {},
): Promise<AddFilesResult> {
  const perTransaction = options.perTransaction ?? FILES_PER_TRANSACTION;
  const bytesPerTransaction = options.bytesPerTransaction ?? BYTES_PER_TRANSACTION;
  const saved: ItemRow[] = [];
  let batch: EvidenceInput[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<AddFilesResult['failed']> => {
    const inputs = batch;
    batch = [];
    batchBytes = 0;
    try {
      saved.push(...(await addEvidenceBatch(db, inputs, { profile: options.profile })));
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
  return { saved };
}
