import { useT } from '../i18n/I18n';

export interface StorageInfo {
  /** The sentence from describeStorage(). */
  text: string;
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

export interface StorageLineProps {
  storage: StorageInfo;
  onRequestPersist: () => void;
}

/** How full the vault is, and a way to stop the browser from clearing it when the disk runs low. */
export function StorageLine({ storage, onRequestPersist }: StorageLineProps) {
  const t = useT();
  const { usage, quota } = storage;
  const known = usage !== undefined && quota !== undefined && Number.isFinite(quota) && quota > 0;
  const share = known ? Math.min(1, usage / quota) : undefined;
  const level = share === undefined ? 'unknown' : share >= 0.95 ? 'critical' : share >= 0.8 ? 'low' : 'ok';
  return (
    <div className={`tg-vault-storage tg-vault-storage--${level}`} data-testid="vault-storage">
      {share !== undefined && (
        <meter
          className="tg-vault-storage__meter"
          min={0}
          max={1}
          low={0.8}
          high={0.95}
          optimum={0}
          value={share}
          aria-label={t.t('vault.storage.used')}
        />
      )}
      <span className="tg-vault-storage__text">{storage.text}</span>
      {storage.persisted !== true && (
        <button
          type="button"
          className="tg-button tg-button--quiet"
          data-testid="persist-button"
          onClick={() => onRequestPersist()}
        >
          {t.t('vault.storage.keepSafe')}
        </button>
      )}
    </div>
  );
}
