import type { ReactNode } from 'react';
import type { Msg } from '../../lib/i18n/msg';
import { problemMeaningMsg } from '../../lib/vault/history/describe';
import type { HistoryEntry } from '../../lib/vault/history/entry';
import type { HistoryProblem } from '../../lib/vault/history/problems';
import { useT } from '../i18n/I18n';
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
  caseEntries: readonly { entry: HistoryEntry; summary: string; summaryMsg?: Msg }[];
  checkingFiles: boolean;
  onCheckFiles: () => void;
}

/** Marks where an element goes in a translated sentence, so the sentence stays whole in every language. */
const SLOT = '\u0000';
function withNode(text: string, node: ReactNode): ReactNode {
  const [before, after] = text.split(SLOT);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** Each problem located in English (entry numbers, files, as the command line says it), and what it means in the buyer's language. */
function ProblemList({ problems, testId }: { problems: readonly HistoryProblem[]; testId: string }) {
  const t = useT();
  return (
    <ol className="tg-history__problems" data-testid={testId}>
      {problems.map((p) => (
        <li key={`${p.code}:${p.message}`} data-code={p.code} data-entry={p.seq ?? ''}>
          <span lang="en">{p.message}</span>
          {t.language !== 'en' && (
            <span className="tg-history__meaning" data-testid="problem-meaning">
              {' '}
              <i>{t.t('vaultHistoryText.meaning')}</i> {t.render(problemMeaningMsg(p.code))}
            </span>
          )}
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
  const t = useT();
  const broken = vault !== null && vault.problems.length > 0;
  return (
    <section
      className={`tg-history ${broken ? 'tg-history--broken' : ''}`}
      data-testid="history-status"
      data-state={vault === null ? 'checking' : broken ? 'broken' : 'intact'}
      aria-label={t.t('vault.history.label')}
    >
      {vault === null ? (
        <p className="tg-muted">{t.t('vault.history.checking')}</p>
      ) : broken ? (
        <>
          <p className="tg-history__verdict">
            <strong>{t.t('vault.history.broken')}</strong>{' '}
            {t.plural('vault.history.problems', vault.problems.length)}
          </p>
          <ProblemList problems={vault.problems} testId="history-problems" />
        </>
      ) : (
        <p className="tg-history__verdict">
          <strong>{t.t('vault.history.intact')}</strong>{' '}
          {vault.head
            ? withNode(
                t.plural('vault.history.entriesWithHead', vault.entries, { seq: vault.head.seq, hash: SLOT }),
                <code title={vault.head.hash}>{vault.head.hash.slice(0, 12)}…</code>,
              )
            : t.plural('vault.history.entries', vault.entries)}
        </p>
      )}
    </section>
  );
}

/** The selected case: its files re-hashed on request, and its own entries of the history. */
export function CaseIntegrity({ files, caseEntries, checkingFiles, onCheckFiles }: CaseIntegrityProps) {
  const t = useT();
  return (
    <section className="tg-case-integrity" aria-label={t.t('vault.history.caseLabel')}>
      <div className="tg-history__files" data-testid="case-files-check">
        {files === null ? (
          <button
            type="button"
            className="tg-button tg-button--quiet"
            onClick={onCheckFiles}
            disabled={checkingFiles}
          >
            {checkingFiles ? t.t('vault.history.rehashing') : t.t('vault.history.rehash')}
          </button>
        ) : files.problems.length === 0 ? (
          <p className="tg-ok" data-state="intact">
            {t.plural('vault.history.filesIntact', files.files)}
          </p>
        ) : (
          <>
            <p data-state="broken">
              <strong>
                {t.t('vault.history.filesChanged', { changed: files.problems.length, total: files.files })}
              </strong>
            </p>
            <ProblemList problems={files.problems} testId="case-file-problems" />
          </>
        )}
      </div>
      {caseEntries.length > 0 && (
        <details className="tg-history__entries">
          <summary>{t.plural('vault.history.caseEntries', caseEntries.length)}</summary>
          <ol>
            {caseEntries.map(({ entry, summary, summaryMsg }) => (
              <li key={entry.seq} value={entry.seq}>
                <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')}</time> —{' '}
                {summaryMsg ? t.render(summaryMsg) : summary}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
