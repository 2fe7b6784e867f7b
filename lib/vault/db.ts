import Dexie, { type Table } from 'dexie';
import { prepareHistoryHasher } from './history/append';
import { recordBaselineIfPending } from './history/baseline';
import type { HistoryEntry } from './history/entry';
import type {
  BlobRow,
  CaseRow,
  DeletionRow,
  DraftRow,
  HistoryHeadRow,
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
  history!: Table<HistoryEntry, number>;
  historyHead!: Table<HistoryHeadRow, string>;
  drafts!: Table<DraftRow, string>;

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
  /**
   * The time of this open. A vault just upgraded from v1 records its existing
   * rows into the history at this time (see history/baseline.ts); the
   * extension always passes it, tests pass it when they test an upgrade.
   */
  now?: Date;
}

/**
 * Opens (creating when absent) the vault. Must run in the extension's own
 * origin (background or extension page): a content script would open the
 * marketplace's IndexedDB instead.
 */
export async function openVault(name = VAULT_DB_NAME, options: OpenVaultOptions = {}): Promise<VaultDb> {
  await prepareHistoryHasher();
  const db = new VaultDb(name, options.upToVersion ?? LATEST_VAULT_VERSION);
  await db.open();
  if (db.verno < 2) return db;
  if (options.now) await recordBaselineIfPending(db, options.now);
  return db;
}
