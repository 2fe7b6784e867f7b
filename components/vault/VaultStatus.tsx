export interface VaultMessage {
  kind: 'error' | 'info' | 'success';
  text: string;
}

export interface VaultStatusProps {
  busy: string | null;
  message: VaultMessage | null;
}

/** "Exporting… 40%" from a string like that, so a bar can follow the words. */
function percentOf(busy: string): number | undefined {
  const match = /(\d{1,3})\s*%/.exec(busy);
  if (!match) return undefined;
  const value = Number(match[1]);
  return value <= 100 ? value : undefined;
}

/**
 * Progress of the running job and the result of the last one. Both regions are
 * always in the DOM so screen readers announce changes, not only first renders.
 */
export function VaultStatus({ busy, message }: VaultStatusProps) {
  const percent = busy ? percentOf(busy) : undefined;
  return (
    <div className="tg-vault-status">
      <div role="status" aria-live="polite" aria-busy={busy !== null} data-testid="vault-busy">
        {busy && (
          <span className="tg-vault-status__busy">
            {busy}
            {percent !== undefined && (
              <progress className="tg-vault-status__bar" max={100} value={percent} aria-label={busy} />
            )}
          </span>
        )}
      </div>
      <div
        role="status"
        aria-live="polite"
        className={message ? `tg-vault-message tg-vault-message--${message.kind}` : 'tg-vault-message'}
        data-testid="vault-message"
        data-kind={message?.kind}
      >
        {message?.text}
      </div>
    </div>
  );
}
