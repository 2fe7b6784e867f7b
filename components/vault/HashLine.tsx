import { useState } from 'react';
import { useT } from '../i18n/I18n';
import { shortHash } from './format';

export interface HashLineProps {
  itemId: string;
  sha256: string;
  onVerify: (itemId: string) => void;
  disabled?: boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The fingerprint of the stored bytes: short for the eye, full in the title and on the clipboard. */
export function HashLine({ itemId, sha256, onVerify, disabled }: HashLineProps) {
  const t = useT();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyHash = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopy('copied');
    } catch {
      // Clipboard access can be refused (no focus, policy); the full hash stays selectable in the title.
      setCopy('failed');
    }
  };
  return (
    <div className="tg-vault-hash">
      <span className="tg-vault-hash__label">SHA-256</span>{' '}
      <code className="tg-vault-hash__value" title={sha256} data-testid={`item-hash-${itemId}`}>
        {shortHash(sha256)}
      </code>{' '}
      <button
        type="button"
        className="tg-vault-link-button"
        aria-label={t.t('vault.hash.copyLabel')}
        onClick={() => void copyHash()}
      >
        {t.t('vault.hash.copy')}
      </button>{' '}
      <button
        type="button"
        className="tg-vault-link-button"
        disabled={disabled}
        onClick={() => onVerify(itemId)}
      >
        {t.t('vault.hash.verify')}
      </button>
      {copy !== 'idle' && (
        <span role="status" className={copy === 'copied' ? 'tg-ok' : 'tg-error'}>
          {' '}
          {copy === 'copied' ? t.t('vault.hash.copied') : t.t('vault.hash.copyFailed')}
        </span>
      )}
    </div>
  );
}
