import type { StorageInfo } from '../../../components/vault/VaultPanel';
import { describeStorage } from '../../../lib/vault/storage-status';

/** The storage line: estimate() and persisted() as the browser reports them (both may be missing). */
export async function readStorage(): Promise<StorageInfo> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => ({})) ?? Promise.resolve({}),
    storage?.persisted?.().catch(() => undefined) ?? Promise.resolve(undefined),
  ]);
  const { usage, quota } = estimate as { usage?: number; quota?: number };
  return { text: describeStorage({ usage, quota }, persisted).sentence, persisted, usage, quota };
}

/** Asks the browser not to clear the vault when the disk runs low. Only allowed after the buyer's click. */
export async function requestPersistence(): Promise<boolean | undefined> {
  return navigator.storage?.persist?.().catch(() => undefined);
}
