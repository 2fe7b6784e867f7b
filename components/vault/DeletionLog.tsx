import type { DeletionRow } from '../../lib/vault/schema/rows';
import { displayFileName, formatCaptureTime, formatSize, shortHash } from './format';
import { KIND_LABEL } from './labels';

export interface DeletionLogProps {
  deletions: readonly DeletionRow[];
}

function deletionSummary(row: DeletionRow): string {
  if (row.what === 'case') return `Case "${row.fileName ?? row.caseId}" and all its evidence`;
  const parts = [displayFileName(row.fileName ?? '')];
  if (row.kind) parts.push(KIND_LABEL[row.kind]);
  if (row.size !== undefined) parts.push(formatSize(row.size));
  return parts.join(' · ');
}

/** What was deleted from this case and when: the trace that explains a gap in a dispute pack. */
export function DeletionLog({ deletions }: DeletionLogProps) {
  if (deletions.length === 0) return null;
  return (
    <details className="tg-vault-deletions" data-testid="deletion-log">
      <summary>
        Deletion log ({deletions.length} {deletions.length === 1 ? 'entry' : 'entries'})
      </summary>
      <ul>
        {deletions.map((row) => (
          <li key={row.id} data-testid={`deletion-${row.id}`}>
            <time dateTime={row.deletedAt} title={`${row.deletedAt} (UTC)`}>
              {formatCaptureTime(row.deletedAt)}
            </time>
            {' — '}
            {deletionSummary(row)}
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
