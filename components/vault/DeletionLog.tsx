import type { Translator } from '../../lib/i18n/translate';
import type { DeletionRow } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { displayFileName, formatCaptureTime, formatSize, shortHash } from './format';
import { kindLabel } from './labels';

export interface DeletionLogProps {
  deletions: readonly DeletionRow[];
}

function deletionSummary(t: Translator, row: DeletionRow): string {
  if (row.what === 'case') return t.t('vault.deletions.case', { name: row.fileName ?? row.caseId });
  const parts = [displayFileName(t, row.fileName ?? '')];
  if (row.kind) parts.push(kindLabel(t, row.kind));
  if (row.size !== undefined) parts.push(formatSize(t, row.size));
  return parts.join(' · ');
}

/** What was deleted from this case and when: the trace that explains a gap in a dispute pack. */
export function DeletionLog({ deletions }: DeletionLogProps) {
  const t = useT();
  if (deletions.length === 0) return null;
  return (
    <details className="tg-vault-deletions" data-testid="deletion-log">
      <summary>{t.plural('vault.deletions.title', deletions.length)}</summary>
      <ul>
        {deletions.map((row) => (
          <li key={row.id} data-testid={`deletion-${row.id}`}>
            <time dateTime={row.deletedAt} title={`${row.deletedAt} (UTC)`}>
              {formatCaptureTime(t, row.deletedAt)}
            </time>
            {' — '}
            {deletionSummary(t, row)}
            {row.sha256 && (
              <>
                {' · SHA-256 '}
                <code title={row.sha256}>{shortHash(row.sha256)}</code>
              </>
            )}
            {row.reason && <span className="tg-muted"> · {row.reason}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
