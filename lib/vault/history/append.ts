import type { Table } from 'dexie';
import type { VaultDb } from '../db';
import type { HistoryHeadRow } from '../schema/rows';
import { GENESIS, type HistoryEntry, type HistoryEvent, sealEntry } from './entry';
import { loadTextHasher, type TextHasher } from './hasher';

/**
 * Appends to the vault's history inside the caller's transaction, so an event
 * and the change it records are saved together or not at all. Every writing
 * transaction lists `historyTables(db)`; IndexedDB then runs them one after
 * another, which keeps the numbering gap-free.
 */
export const HEAD_KEY = 'head';

export function historyTables(db: VaultDb): [Table<HistoryEntry, number>, Table<HistoryHeadRow, string>] {
  return [db.history, db.historyHead];
}

let hasher: TextHasher | null = null;

/** Loads the hasher once; openVault calls it, so every open vault can record synchronously. */
export async function prepareHistoryHasher(): Promise<TextHasher> {
  hasher ??= await loadTextHasher();
  return hasher;
}

function readyHasher(): TextHasher {
  if (!hasher) throw new Error('The vault history hasher is not loaded: open the vault with openVault().');
  return hasher;
}

/** Where the next entry goes: after the recorded head, or after the last row when rows went past it. */
async function tail(db: VaultDb): Promise<{ seq: number; hash: string }> {
  // Both reads are sent at once: one round trip to the database instead of two.
  const [head, last] = await Promise.all([db.historyHead.get(HEAD_KEY), db.history.toCollection().last()]);
  const headSeq = head && 'seq' in head ? head.seq : 0;
  // Continuing from a head beyond the last row keeps a cut-off end visible as a gap for good.
  if (head && 'seq' in head && (!last || headSeq >= last.seq)) return { seq: head.seq, hash: head.hash };
  if (last) return { seq: last.seq, hash: last.hash };
  return { seq: 0, hash: GENESIS };
}

export async function appendHistory(
  db: VaultDb,
  events: readonly HistoryEvent[],
  now: Date,
): Promise<HistoryEntry[]> {
  if (events.length === 0) return [];
  const sha256 = readyHasher();
  const caseIds = [...new Set(events.flatMap((e) => (e.caseId === undefined ? [] : [e.caseId])))];
  // Every read this append needs, sent together (each one alone costs a round trip).
  const [start, ...caseLasts] = await Promise.all([
    tail(db),
    ...caseIds.map((id) => db.history.where('caseId').equals(id).last()),
  ]);
  const caseTips = new Map(caseIds.map((id, i) => [id, caseLasts[i]?.hash ?? GENESIS]));
  let { seq, hash: prev } = start as { seq: number; hash: string };
  const written: HistoryEntry[] = [];
  for (const event of events) {
    const casePrev = event.caseId === undefined ? undefined : caseTips.get(event.caseId);
    const entry = sealEntry(event, { seq: seq + 1, at: now.toISOString(), prev, casePrev }, sha256);
    written.push(entry);
    seq = entry.seq;
    prev = entry.hash;
    if (event.caseId !== undefined) caseTips.set(event.caseId, entry.hash);
  }
  await Promise.all([db.history.bulkAdd(written), db.historyHead.put({ id: HEAD_KEY, seq, hash: prev })]);
  return written;
}

/** Writes a whole history as it was (a restore into an empty vault adopts the backup's history). */
export async function adoptHistory(
  db: VaultDb,
  entries: readonly Record<string, unknown>[],
  head: { seq: number; hash: string },
): Promise<void> {
  await db.history.bulkAdd(entries as unknown as HistoryEntry[]);
  await db.historyHead.put({ id: HEAD_KEY, seq: head.seq, hash: head.hash });
}
