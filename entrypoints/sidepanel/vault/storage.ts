import { formatSize } from '../../../components/vault/format';
import type { StorageInfo } from '../../../components/vault/VaultPanel';
import type { Translator } from '../../../lib/i18n/translate';
import { describeStorage } from '../../../lib/vault/storage-status';
import { vaultT } from './language';

/** describeStorage()'s sentence in the buyer's language (the lib keeps the English for the command line). */
export function storageSentence(
  t: Translator,
  usage: number | undefined,
  quota: number | undefined,
  persisted: boolean | undefined,
): string {
  const { level } = describeStorage({ usage, quota }, persisted);
  const keep =
    persisted === true
      ? t.t('vault.storage.keepYes')
      : persisted === false
        ? t.t('vault.storage.keepNo')
        : t.t('vault.storage.keepUnknown');
  if (level === 'unknown' || usage === undefined || quota === undefined) {
    const head =
      usage === undefined
        ? t.t('vault.storage.unknown')
        : t.t('vault.storage.unknownWithUsage', { used: formatSize(t, usage) });
    return `${head} ${keep}`;
  }
  const head = t.t('vault.storage.uses', {
    used: formatSize(t, usage),
    quota: formatSize(t, quota),
    free: formatSize(t, Math.max(0, quota - usage)),
  });
  const advice =
    level === 'critical'
      ? ` ${t.t('vault.storage.critical')}`
      : level === 'low'
        ? ` ${t.t('vault.storage.low')}`
        : '';
  return `${head}${advice} ${keep}`;
}

/** The storage line: estimate() and persisted() as the browser reports them (both may be missing). */
export async function readStorage(): Promise<StorageInfo> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => ({})) ?? Promise.resolve({}),
    storage?.persisted?.().catch(() => undefined) ?? Promise.resolve(undefined),
  ]);
  const { usage, quota } = estimate as { usage?: number; quota?: number };
  return { text: storageSentence(vaultT(), usage, quota, persisted), persisted, usage, quota };
}

/** Asks the browser not to clear the vault when the disk runs low. Only allowed after the buyer's click. */
export async function requestPersistence(): Promise<boolean | undefined> {
  return navigator.storage?.persist?.().catch(() => undefined);
}
