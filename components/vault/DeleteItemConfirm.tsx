import { type FormEvent, useId, useState } from 'react';
import { itemDeletionToken } from '../../lib/vault/delete';
import type { ItemRow } from '../../lib/vault/schema/rows';
import { displayFileName, formatCaptureTime, formatSize } from './format';
import { KIND_LABEL } from './labels';

export interface DeleteItemConfirmProps {
  item: ItemRow;
  onConfirm: (itemId: string, token: string) => void;
  onCancel: () => void;
  disabled?: boolean;
}

/** Same comparison as lib/vault/delete.ts, so the button enables exactly when the vault will accept. */
function matches(typed: string, token: string): boolean {
  return typed.trim().toLowerCase() === token;
}

/**
 * Second step of deleting evidence: shows what will go and asks for the first
 * hex digits of its hash, so a slip of the mouse can never destroy a dispute
 * document. The vault logs every deletion; the buyer is told so.
 */
export function DeleteItemConfirm({ item, onConfirm, onCancel, disabled }: DeleteItemConfirmProps) {
  const token = itemDeletionToken(item);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const ok = matches(typed, token);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ok) onConfirm(item.id, typed.trim().toLowerCase());
  };
  return (
    <form
      className="tg-vault-confirm"
      aria-label={`Delete ${displayFileName(item.fileName)}`}
      data-testid={`delete-confirm-${item.id}`}
      onSubmit={submit}
    >
      <p className="tg-vault-confirm__title">
        <strong>Delete this evidence for good?</strong>
      </p>
      <dl className="tg-vault-confirm__what">
        <dt>File</dt>
        <dd>{displayFileName(item.fileName)}</dd>
        <dt>Kind</dt>
        <dd>{KIND_LABEL[item.kind]}</dd>
        <dt>Size</dt>
        <dd>{formatSize(item.size)}</dd>
        <dt>Captured</dt>
        <dd>{formatCaptureTime(item.capturedAt)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="tg-vault-confirm__hash">{item.sha256}</code>
        </dd>
      </dl>
      <p className="tg-vault-small">
        The file and its note are removed from this computer and cannot be recovered unless you have a backup
        or an exported pack. The deletion is logged (file name, size, hash, time), so you can explain the gap
        if a dispute team asks.
      </p>
      <label htmlFor={inputId} className="tg-field">
        <span>
          Type <code className="tg-vault-confirm__token">{token}</code> (the first 8 characters of the hash)
          to confirm
        </span>
      </label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        data-testid={`delete-token-${item.id}`}
        onChange={(e) => setTyped(e.target.value)}
      />
      <div className="tg-vault-actions">
        <button type="submit" className="tg-button tg-button--danger" disabled={disabled || !ok}>
          Delete for good
        </button>
        <button type="button" className="tg-button tg-button--quiet" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </form>
  );
}
