import { logError } from '../../lib/log';
import { openVault, type VaultDb } from '../../lib/vault/db';
import { cleanupStaged } from '../../lib/vault/staging';

/**
 * The vault lives in the extension's own IndexedDB (never a page's). Opened
 * once per service-worker life; an import cut off by a browser close leaves
 * staged rows, removed here. Only those of imports no page is still running
 * (their Web Lock is gone): the worker restarts often, often mid-import.
 */
let vault: Promise<VaultDb> | null = null;

export function getVault(): Promise<VaultDb> {
  vault ??= openVault(undefined, { now: new Date() }).then(async (db) => {
    await cleanupStaged(db, { now: new Date() }).catch((error) =>
      logError('vault', 'could not clean an interrupted import', error),
    );
    return db;
  });
  return vault;
}
