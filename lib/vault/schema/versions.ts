import type { Transaction } from 'dexie';
import { VAULT_SCHEMA_V1 } from './v1';
import { VAULT_SCHEMA_V2 } from './v2';

/**
 * Every schema version the vault has ever had, oldest first. Append a new
 * entry for each change; never rewrite an old one (installed vaults were
 * created from it). Dexie 4 only needs the tables a version changes.
 *
 * Pattern (v2 followed it):
 *   1. lib/vault/schema/vN.ts: `export const VAULT_SCHEMA_VN = { … }` with a dated banner.
 *   2. Append `{ version: N, stores: VAULT_SCHEMA_VN, upgrade: async (tx) => { … } }` here.
 *   3. A test: `openVault(name, { upToVersion: N - 1 })`, seed rows, close,
 *      `openVault(name)` (latest), check every seeded row reads back valid
 *      (tests/unit/vault/schema-v2.test.ts).
 */
export interface VaultVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Set by the v2 upgrade: the rows a v1 vault already holds are written into the history at the next open. */
export const BASELINE_PENDING = 'baseline-pending';

export const VAULT_VERSIONS: readonly VaultVersion[] = [
  { version: 1, stores: VAULT_SCHEMA_V1 },
  {
    version: 2,
    stores: VAULT_SCHEMA_V2,
    // Hashing cannot run inside the upgrade transaction (it would commit early), so the
    // upgrade only leaves a marker; openVault records the baseline right after.
    upgrade: async (tx) => {
      await tx.table('historyHead').put({ id: BASELINE_PENDING });
    },
  },
];

export const LATEST_VAULT_VERSION = VAULT_VERSIONS[VAULT_VERSIONS.length - 1]!.version;
