import type { HistoryEntry } from '../../lib/vault/history/entry';
import type { HistoryProblem } from '../../lib/vault/history/problems';
import './vault.css';

export interface HistoryCheck {
  entries: number;
  head: { seq: number; hash: string } | null;
  problems: readonly HistoryProblem[];
}

export interface HistoryStatusProps {
  /** The whole vault's history check; null while it runs. */
  vault: HistoryCheck | null;
}

export interface CaseIntegrityProps {
  /** The selected case's files re-hashed; null before it ran. */
  files: { files: number; problems: readonly HistoryProblem[] } | null;
  /** The selected case's entries, each with its one-line summary. */
  caseEntries: readonly { entry: HistoryEntry; summary: string }[];
  checkingFiles: boolean;
  onCheckFiles: () => void;
}

function ProblemList({ problems, testId }: { problems: readonly HistoryProblem[]; testId: string }) {
  return (
    <ol className="tg-history__problems" data-testid={testId}>
      {problems.map((p) => (
        <li key={`${p.code}:${p.message}`} data-code={p.code} data-entry={p.seq ?? ''}>
          {p.message}
        </li>
      ))}
    </ol>
  );
}

/**
 * "History intact", or exactly where it breaks: the vault's hash-chained log
 * checked link by link and against the rows. Every message is plain text
 * (file names come from strangers).
 */
export function HistoryStatus({ vault }: HistoryStatusProps) {
  const broken = vault !== null && vault.problems.length > 0;
  return (
    <section
      className={`tg-history ${broken ? 'tg-history--broken' : ''}`}
      data-testid="history-status"
      data-state={vault === null ? 'checking' : broken ? 'broken' : 'intact'}
      aria-label="History of the vault"
    >
      {vault === null ? (
        <p className="tg-muted">Checking the vault’s history…</p>
      ) : broken ? (
        <>
          <p className="tg-history__verdict">
            <strong>History broken:</strong> {vault.problems.length}{' '}
            {vault.problems.length === 1 ? 'problem' : 'problems'} found. Keep every pack you exported before;
            it still proves what the vault held.
          </p>
          <ProblemList problems={vault.problems} testId="history-problems" />
        </>
      ) : (
        <p className="tg-history__verdict">
          <strong>History intact:</strong> {vault.entries} {vault.entries === 1 ? 'entry' : 'entries'}, each
          linked to the one before
          {vault.head && (
            <>
              ; head #{vault.head.seq} <code title={vault.head.hash}>{vault.head.hash.slice(0, 12)}…</code>
            </>
          )}
          .
        </p>
      )}
    </section>
  );
}

/** The selected case: its files re-hashed on request, and its own entries of the history. */
export function CaseIntegrity({ files, caseEntries, checkingFiles, onCheckFiles }: CaseIntegrityProps) {
  return (
    <section className="tg-case-integrity" aria-label="This case's files and history">
      <div className="tg-history__files" data-testid="case-files-check">
        {files === null ? (
          <button
            type="button"
            className="tg-button tg-button--quiet"
            onClick={onCheckFiles}
            disabled={checkingFiles}
          >
            {checkingFiles ? 'Re-hashing this case’s files…' : 'Re-hash this case’s files'}
          </button>
        ) : files.problems.length === 0 ? (
          <p className="tg-ok" data-state="intact">
            All {files.files} {files.files === 1 ? 'file' : 'files'} of this case still hash to the SHA-256
            taken at capture.
          </p>
        ) : (
          <>
            <p data-state="broken">
              <strong>
                {files.problems.length} of {files.files} files changed since capture:
              </strong>
            </p>
            <ProblemList problems={files.problems} testId="case-file-problems" />
          </>
        )}
      </div>
      {caseEntries.length > 0 && (
        <details className="tg-history__entries">
          <summary>This case’s history ({caseEntries.length} entries)</summary>
          <ol>
            {caseEntries.map(({ entry, summary }) => (
              <li key={entry.seq} value={entry.seq}>
                <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')}</time> — {summary}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
