import Dexie, { type Table } from 'dexie';
import type {
  BlobRow,
  CaseRow,
  DeletionRow,
  ItemRow,
  OrderRow,
  SupplierRow,
  TickRow,
  TimelineRow,
} from './schema/rows';
import { LATEST_VAULT_VERSION, VAULT_VERSIONS } from './schema/versions';

/** The production database name; tests pass fresh names to stay independent. */
export const VAULT_DB_NAME = 'tradeguard-vault';

export class VaultDb extends Dexie {
  cases!: Table<CaseRow, string>;
  items!: Table<ItemRow, string>;
  blobs!: Table<BlobRow, string>;
  suppliers!: Table<SupplierRow, string>;
  orders!: Table<OrderRow, string>;
  timeline!: Table<TimelineRow, string>;
  ticks!: Table<TickRow, [string, string]>;
  deletions!: Table<DeletionRow, string>;

  constructor(name: string, upToVersion: number) {
    super(name);
    for (const v of VAULT_VERSIONS) {
      if (v.version > upToVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export interface OpenVaultOptions {
  /** Open at an older schema version: for migration tests only. */
  upToVersion?: number;
}

/**
 * Opens (creating when absent) the vault. Must run in the extension's own
 * origin (background or extension page): a content script would open the
 * marketplace's IndexedDB instead.
 */
export async function openVault(name = VAULT_DB_NAME, options: OpenVaultOptions = {}): Promise<VaultDb> {
  const db = new VaultDb(name, options.upToVersion ?? LATEST_VAULT_VERSION);
  await db.open();
  return db;
}
