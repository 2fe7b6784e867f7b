import { useState } from 'react';
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
        aria-label="Copy the full SHA-256 hash"
        onClick={() => void copyHash()}
      >
        Copy
      </button>{' '}
      <button
        type="button"
        className="tg-vault-link-button"
        disabled={disabled}
        onClick={() => onVerify(itemId)}
      >
        Verify hash
      </button>
      {copy !== 'idle' && (
        <span role="status" className={copy === 'copied' ? 'tg-ok' : 'tg-error'}>
          {' '}
          {copy === 'copied' ? 'Copied.' : 'Could not copy: select the hash from its tooltip instead.'}
        </span>
      )}
    </div>
  );
}
