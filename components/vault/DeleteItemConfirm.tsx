import { type FormEvent, useId, useState } from 'react';
import { itemDeletionToken } from '../../lib/vault/delete';
import type { ItemRow } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { displayFileName, formatCaptureTime, formatSize } from './format';
import { kindLabel } from './labels';

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
  const t = useT();
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
      aria-label={t.t('vault.delete.label', { name: displayFileName(t, item.fileName) })}
      data-testid={`delete-confirm-${item.id}`}
      onSubmit={submit}
    >
      <p className="tg-vault-confirm__title">
        <strong>{t.t('vault.delete.title')}</strong>
      </p>
      <dl className="tg-vault-confirm__what">
        <dt>{t.t('vault.delete.file')}</dt>
        <dd>{displayFileName(t, item.fileName)}</dd>
        <dt>{t.t('vault.delete.kind')}</dt>
        <dd>{kindLabel(t, item.kind)}</dd>
        <dt>{t.t('vault.delete.size')}</dt>
        <dd>{formatSize(t, item.size)}</dd>
        <dt>{t.t('vault.item.captured')}</dt>
        <dd>{formatCaptureTime(t, item.capturedAt)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="tg-vault-confirm__hash">{item.sha256}</code>
        </dd>
      </dl>
      <p className="tg-vault-small">{t.t('vault.delete.warning')}</p>
      <label htmlFor={inputId} className="tg-field">
        <span>
          {t.t('vault.delete.typeToken')} <code className="tg-vault-confirm__token">{token}</code>
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
          {t.t('vault.delete.confirm')}
        </button>
        <button type="button" className="tg-button tg-button--quiet" onClick={onCancel}>
          {t.t('vault.delete.keep')}
        </button>
      </div>
    </form>
  );
}
