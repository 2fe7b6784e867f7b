import { newId, touchCase } from './cases';
import type { VaultDb } from './db';
import { toVaultWriteError, VaultWriteError } from './errors';
import { digestsOfBlob, sha256OfBlob } from './hash';
import { appendHistory, historyTables } from './history/append';
import { itemAdded } from './history/events';
import { parseRows, type RowProblem, validRowOrThrow } from './rows-io';
import {
  type CaptureMethod,
  type EvidenceKind,
  type ItemRow,
  ItemRowSchema,
  type TranscriptLine,
} from './schema/rows';

export { sha256OfBlob } from './hash';

export interface EvidenceInput {
  caseId: string;
  /** The exact bytes to keep. They are hashed and stored as they are; metadata never goes inside them. */
  bytes: Blob;
  kind: EvidenceKind;
  captureMethod: CaptureMethod;
  /** Capture time; also the case's new updatedAt. */
  now: Date;
  mimeType?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  fileName?: string;
  note?: string;
  tags?: readonly string[];
  thumbnail?: string;
  transcript?: readonly TranscriptLine[];
  partOf?: string;
}

export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.normalize('NFKC').trim().toLowerCase()).filter(Boolean))];
}

/**
 * Hashes the bytes (natively when they fit in memory, else in slices), then
 * writes metadata and bytes in ONE transaction: either both are saved or
 * neither, and any failure (quota included) leaves every earlier row as it was.
 */
export async function addEvidence(db: VaultDb, input: EvidenceInput): Promise<ItemRow> {
  return (await addEvidenceBatch(db, [input]))[0] as ItemRow;
}

/** Items hashed at once (WebCrypto works off the calling thread: more than one keeps both cores busy). */
const HASH_CONCURRENCY = 4;

/**
 * Several pieces of evidence in ONE transaction (the parts of one capture, a
 * batch of uploads): all are saved or none is. One commit for many blobs is
 * what makes storing hundreds of screenshots fast.
 */
export async function addEvidenceBatch(
  db: VaultDb,
  inputs: readonly EvidenceInput[],
  options: { profile?: (split: { hashMs: number; transactionMs: number }) => void } = {},
): Promise<ItemRow[]> {
  const t0 = performance.now();
  // Hash before the transaction opens: IndexedDB commits a transaction that waits on non-database work.
  const items = await hashedRows(inputs);
  const t1 = performance.now();
  await writeHashed(db, inputs, items);
  options.profile?.({ hashMs: t1 - t0, transactionMs: performance.now() - t1 });
  return items;
}

/**
 * Many pieces of evidence (a folder of screenshots): one transaction per
 * `batchSize`, each saved whole or not at all, and the next batch hashed
 * while the previous one is being written, so hashing and IndexedDB overlap.
 * On a failure, the batches already written stay saved and the error is thrown.
 */
export async function addEvidenceInBatches(
  db: VaultDb,
  inputs: readonly EvidenceInput[],
  batchSize = 50,
): Promise<ItemRow[]> {
  const batches: EvidenceInput[][] = [];
  for (let at = 0; at < inputs.length; at += batchSize) batches.push(inputs.slice(at, at + batchSize));
  const saved: ItemRow[] = [];
  let hashing = batches[0] ? hashedRows(batches[0]) : null;
  for (const [i, batch] of batches.entries()) {
    const items = await (hashing as Promise<ItemRow[]>);
    const following = batches[i + 1];
    hashing = following ? hashedRows(following) : null;
    hashing?.catch(() => undefined); // surfaces when awaited
    await writeHashed(db, batch, items);
    saved.push(...items);
  }
  return saved;
}

/** Each input's row, with its SHA-256 and CRC-32 (several hashed at once); nothing is written. */
export function hashedRows(inputs: readonly EvidenceInput[]): Promise<ItemRow[]> {
  return mapConcurrently(inputs, HASH_CONCURRENCY, async (input) =>
    itemRowFor(input, await digestsOfBlob(input.bytes)),
  );
}

/** Metadata, bytes, the cases' updatedAt and the history, in ONE transaction (rows from hashedRows). */
export async function writeHashed(db: VaultDb, inputs: readonly EvidenceInput[], items: readonly ItemRow[]) {
  const touched = new Map<string, Date>();
  for (const input of inputs) {
    const seen = touched.get(input.caseId);
    if (!seen || input.now > seen) touched.set(input.caseId, input.now);
  }
  try {
    await db.transaction('rw', [db.cases, db.items, db.blobs, ...historyTables(db)], async () => {
      const cases = await db.cases.bulkGet([...touched.keys()]);
      if (cases.some((c) => !c)) {
        throw new VaultWriteError(
          'missing-case',
          'Nothing was saved: the case this evidence belongs to no longer exists.',
        );
      }
      // The writes are sent together (IndexedDB still applies them in order): fewer round trips per capture.
      await Promise.all([
        db.items.bulkAdd(items),
        db.blobs.bulkAdd(
          items.map((item, i) => ({ itemId: item.id, bytes: (inputs[i] as EvidenceInput).bytes })),
        ),
        ...[...touched].map(([caseId, now]) => touchCase(db, caseId, now)),
        appendCaptures(db, inputs, items),
      ]);
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** One history append per capture time (a batch is usually one), entries in the items' order. */
async function appendCaptures(db: VaultDb, inputs: readonly EvidenceInput[], items: readonly ItemRow[]) {
  for (let at = 0; at < items.length; ) {
    const now = (inputs[at] as EvidenceInput).now;
    let end = at + 1;
    while (end < items.length && (inputs[end] as EvidenceInput).now.getTime() === now.getTime()) end++;
    await appendHistory(
      db,
      items.slice(at, end).map((item) => itemAdded(item, 'capture')),
      now,
    );
    at = end;
  }
}

function itemRowFor(input: EvidenceInput, digests: { sha256: string; crc32: string }): ItemRow {
  return validRowOrThrow(
    ItemRowSchema,
    {
      id: newId(),
      caseId: input.caseId,
      kind: input.kind,
      captureMethod: input.captureMethod,
      mimeType: input.mimeType ?? input.bytes.type ?? '',
      size: input.bytes.size,
      sha256: digests.sha256,
      crc32: digests.crc32,
      capturedAt: input.now.toISOString(),
      sourceUrl: input.sourceUrl ?? '',
      sourceTitle: input.sourceTitle ?? '',
      fileName: input.fileName ?? '',
      note: input.note ?? '',
      tags: normaliseTags(input.tags ?? []),
      thumbnail: input.thumbnail,
      transcript: input.transcript ? [...input.transcript] : undefined,
      partOf: input.partOf,
      state: 'complete',
    } satisfies ItemRow,
    'evidence record',
  );
}

/** `work` over every value, at most `limit` at a time, results in input order. */
async function mapConcurrently<T, R>(
  values: readonly T[],
  limit: number,
  work: (value: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(values.length);
  let next = 0;
  const lane = async () => {
    while (next < values.length) {
      const i = next++;
      out[i] = await work(values[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, lane));
  return out;
}

export async function getItem(db: VaultDb, id: string): Promise<ItemRow | undefined> {
  const parsed = ItemRowSchema.safeParse(await db.items.get(id));
  return parsed.success && parsed.data.state === 'complete' ? parsed.data : undefined;
}

/** The stored bytes of an item, exactly as captured. */
export async function getItemBytes(db: VaultDb, itemId: string): Promise<Blob | undefined> {
  const row = await db.blobs.get(itemId);
  return row?.bytes instanceof Blob ? row.bytes : undefined;
}

/** Visible (complete) items of a case, oldest first; rows that fail their schema are reported apart. */
export async function listItems(
  db: VaultDb,
  caseId: string,
): Promise<{ items: ItemRow[]; problems: RowProblem[] }> {
  const raws = await db.items.where('caseId').equals(caseId).toArray();
  const { rows, problems } = parseRows('items', ItemRowSchema, raws);
  const items = rows
    .filter((r) => r.state === 'complete')
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  return { items, problems };
}

export type VerifyStatus = 'intact' | 'altered' | 'missing-bytes' | 'missing-item';

export interface VerifyResult {
  status: VerifyStatus;
  expected?: string;
  actual?: string;
}

/** Re-hashes the stored bytes and compares with the hash taken at capture. */
export async function verifyItem(db: VaultDb, id: string): Promise<VerifyResult> {
  const item = await getItem(db, id);
  if (!item) return { status: 'missing-item' };
  const bytes = await getItemBytes(db, id);
  if (!bytes) return { status: 'missing-bytes', expected: item.sha256 };
  const actual = await sha256OfBlob(bytes);
  return { status: actual === item.sha256 ? 'intact' : 'altered', expected: item.sha256, actual };
}
