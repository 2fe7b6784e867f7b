import type { TranscriptLine } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';

export interface TranscriptPreviewProps {
  lines: readonly TranscriptLine[];
  /** How many lines to show before "… and N more". */
  max?: number;
}

/** A single chat message can be a page long; the preview shows its start only. */
const MAX_CHARS_PER_LINE = 240;

function clip(text: string): string {
  return text.length > MAX_CHARS_PER_LINE ? `${text.slice(0, MAX_CHARS_PER_LINE)}…` : text;
}

/** The first lines of a captured chat, as plain text (chat text is written by strangers). */
export function TranscriptPreview({ lines, max = 4 }: TranscriptPreviewProps) {
  const t = useT();
  if (lines.length === 0) return null;
  const shown = lines.slice(0, max);
  const more = lines.length - shown.length;
  return (
    <figure className="tg-vault-transcript" aria-label={t.t('vault.transcript.label')}>
      <ol className="tg-vault-transcript__lines">
        {shown.map((line, i) => (
          // Transcript lines have no id and never reorder, so the position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <span className="tg-vault-transcript__from">{line.from}</span>
            {line.at && <span className="tg-vault-transcript__at tg-muted"> {line.at}</span>}
            <span className="tg-vault-transcript__text">: {clip(line.text)}</span>
          </li>
        ))}
      </ol>
      {more > 0 && <figcaption className="tg-muted">{t.plural('vault.transcript.more', more)}</figcaption>}
    </figure>
  );
}
