import type { VaultDb } from './db';
import { toVaultWriteError, VaultWriteError } from './errors';
import type { ItemRow } from './schema/rows';

/**
 * Imports write in two steps so that nothing is ever half-written: each file
 * lands as a 'staged' row (invisible to every list), and one final
 * transaction flips them all to 'complete'. Anything left staged was
 * interrupted (tab closed, browser crashed) and is removed at start-up.
 */

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

/**
 * Removes every staged row left by an interrupted import. Call once when the
 * background starts, before any import can run. Returns how many were removed.
 */
export async function cleanupStaged(db: VaultDb): Promise<number> {
  return db.transaction('rw', [db.items, db.blobs], async () => {
    const staged = await db.items.where('state').equals('staged').primaryKeys();
    await db.items.bulkDelete(staged);
    await db.blobs.bulkDelete(staged);
    return staged.length;
  });
}
