import './ui.css';

export interface CopyButtonProps {
  /** The exact text handed to `onCopy`. */
  text: string;
  /** The parent writes to the clipboard (components never touch browser APIs). */
  onCopy(text: string): void;
  /** Set by the parent once the clipboard write succeeded. */
  copied?: boolean;
  label?: string;
  /** Said once the text is on the clipboard (in the surface's language when the parent passes it). */
  doneText?: string;
  testId?: string;
}

/** A button that asks the parent to copy `text`, and says so once it has. */
export function CopyButton({
  text,
  onCopy,
  copied = false,
  label = 'Copy',
  doneText = '✔ Copied to the clipboard',
  testId,
}: CopyButtonProps) {
  return (
    <span className="tg-copy">
      <button
        type="button"
        className="tg-button tg-button--quiet"
        onClick={() => onCopy(text)}
        disabled={text.length === 0}
        data-testid={testId}
      >
        {label}
      </button>
      <span role="status" className="tg-copy__done">
        {copied ? doneText : ''}
      </span>
    </span>
  );
}
