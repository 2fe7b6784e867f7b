import type { VaultDb } from './db';
import { toVaultWriteError, VaultWriteError } from './errors';
import type { ItemRow } from './schema/rows';

/**
 * Imports write in two steps so that nothing is ever half-written: each file
 * lands as a 'staged' row (invisible to every list), and one final
 * transaction flips them all to 'complete'. Anything left staged by an import
 * that is no longer running (tab closed, browser crashed) is removed at start-up.
 *
 * "No longer running" is told by a Web Lock: an import holds
 * `tradeguard-import:<importId>` from before its first row to after its last,
 * in the page that runs it; the lock dies with that page. The MV3 service
 * worker restarts often (idle, updates), and its clean-up must not cancel an
 * import the side panel is still writing.
 */

/** The part of navigator.locks an import and the clean-up use. */
export interface ImportLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** Where Web Locks are missing (Node, very old browsers), a staged row older than this is taken as abandoned. */
export const STALE_STAGED_MS = 24 * 60 * 60 * 1000;

const LOCK_PREFIX = 'tradeguard-import:';

/** navigator.locks where there is one (extension pages and workers share them per origin); null in Node. */
export function browserLocks(): ImportLocks | null {
  const locks = (globalThis as { navigator?: { locks?: ImportLocks } }).navigator?.locks;
  return locks ?? null;
}

/** Runs an import while holding its lock (or plainly, where there are no locks). */
export function holdingImportLock<T>(
  locks: ImportLocks | null,
  importId: string,
  work: () => Promise<T>,
): Promise<T> {
  return locks ? locks.request(`${LOCK_PREFIX}${importId}`, work) : work();
}

export async function stageItem(
  db: VaultDb,
  item: ItemRow & { importId: string },
  bytes: Blob,
): Promise<void> {
  try {
    await db.transaction('rw', [db.items, db.blobs], async () => {
      await db.items.add({ ...item, state: 'staged' });
      await db.blobs.add({ itemId: item.id, bytes });
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/**
 * Flips an import's staged rows to complete; call inside the caller's final
 * transaction. If some vanished (a start-up cleanup ran meanwhile), throws so
 * the whole transaction rolls back instead of reporting files that are not there.
 */
export async function completeStaged(db: VaultDb, importId: string, expected: number): Promise<void> {
  const flipped = await db.items.where('importId').equals(importId).modify({ state: 'complete' });
  if (flipped !== expected) {
    throw new VaultWriteError(
      'write-failed',
      'The import was interrupted (its staged files were cleared): nothing was imported. Import the file again.',
    );
  }
}

/** Removes the staged rows of one import (after a refusal or failure). */
export async function discardImport(db: VaultDb, importId: string): Promise<void> {
  await db.transaction('rw', [db.items, db.blobs], async () => {
    const staged = await db.items
      .where('importId')
      .equals(importId)
      .filter((i) => i.state === 'staged')
      .primaryKeys();
    await db.items.bulkDelete(staged);
    await db.blobs.bulkDelete(staged);
  });
}

export interface CleanupOptions {
  now: Date;
  /** navigator.locks, or a stand-in; null when there are none (then age decides). */
  locks?: ImportLocks | null;
}

/**
 * Removes the staged rows of imports that are no longer running: not held
 * by a live lock, or (without Web Locks) staged more than a day ago. Called
 * when the background starts. Returns how many rows were removed.
 */
export async function cleanupStaged(db: VaultDb, options: CleanupOptions): Promise<number> {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  // Asked before the transaction: IndexedDB commits a transaction that waits on other work.
  const running = locks ? await runningImports(locks) : null;
  const cutoff = options.now.getTime() - STALE_STAGED_MS;
  return db.transaction('rw', [db.items, db.blobs], async () => {
    const staged = await db.items.where('state').equals('staged').toArray();
    const stale = staged
      .filter((row) =>
        running ? !running.has(row.importId ?? '') : !row.stagedAt || Date.parse(row.stagedAt) < cutoff,
      )
      .map((row) => row.id);
    await db.items.bulkDelete(stale);
    await db.blobs.bulkDelete(stale);
    return stale.length;
  });
}

async function runningImports(locks: ImportLocks): Promise<Set<string>> {
  const { held = [] } = await locks.query();
  return new Set(
    held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(LOCK_PREFIX))
      .map((name) => name.slice(LOCK_PREFIX.length)),
  );
}
