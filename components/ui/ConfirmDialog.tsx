import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import './ui.css';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** What the buyer must type before the confirm button enables, e.g. "delete 3 items". */
  token: string;
  onConfirm(): void;
  onCancel(): void;
  confirmLabel?: string;
}

/** Spaces and case are forgiven; the words are not. */
export function tokenMatches(typed: string, token: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/gu, ' ').toLowerCase();
  return norm(typed) === norm(token) && norm(token).length > 0;
}

/**
 * An inline confirmation for actions that cannot be undone (deleting
 * evidence): typing the token proves the buyer read what will happen.
 */
export function ConfirmDialog({
  title,
  body,
  token,
  onConfirm,
  onCancel,
  confirmLabel = 'Confirm',
}: ConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  const id = useId();
  const ready = tokenMatches(typed, token);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onConfirm();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <form
      className="tg-confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      data-testid="confirm-dialog"
    >
      <p id={`${id}-title`} className="tg-confirm__title">
        {title}
      </p>
      <p id={`${id}-body`}>{body}</p>
      <label className="tg-field" htmlFor={`${id}-token`}>
        <span>
          Type <q className="tg-confirm__token">{token}</q> to confirm
        </span>
        <input
          id={`${id}-token`}
          type="text"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="confirm-token"
        />
      </label>
      <div className="tg-confirm__actions">
        <button
          type="submit"
          className="tg-button tg-button--danger"
          disabled={!ready}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          onClick={onCancel}
          data-testid="confirm-cancel"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
