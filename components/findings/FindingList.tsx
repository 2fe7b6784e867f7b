import type { Finding } from '../../lib/model/finding';
import { sortFindings } from '../../lib/model/finding';
import { byPerson } from '../ui/trusted';

export interface FindingListProps {
  findings: Finding[];
  onFindingClick?: (finding: Finding) => void;
  compact?: boolean;
  /** Shown when there is nothing to report (never a silent pass). */
  emptyText?: string;
}

const SEVERITY_LABEL = { critical: 'Blocker', warning: 'Warning', info: 'Note' } as const;

/** Findings by severity, each explaining itself: quote, why, what to do, rule and source. */
export function FindingList({
  findings,
  onFindingClick,
  compact,
  emptyText = 'No problems found on this page.',
}: FindingListProps) {
  if (findings.length === 0) return <p className="tg-findings__empty">{emptyText}</p>;
  return (
    <ul className={`tg-findings${compact ? ' tg-findings--compact' : ''}`} data-testid="tradeguard-findings">
      {sortFindings(findings).map((f) => (
        <li
          key={`${f.rule}|${f.quote}|${f.message}`}
          className={`tg-finding tg-finding--${f.severity}`}
          data-rule={f.rule}
          data-severity={f.severity}
        >
          <button
            type="button"
            className="tg-finding__head"
            onClick={onFindingClick ? (e) => byPerson(e) && onFindingClick(f) : undefined}
            disabled={!onFindingClick}
          >
            <span className="tg-finding__severity">{SEVERITY_LABEL[f.severity]}</span>
            <span className="tg-finding__message">{f.message}</span>
          </button>
          {f.quote && <q className="tg-finding__quote">{f.quote}</q>}
          <p className="tg-finding__fix">
            <strong>What to do: </strong>
            {f.fix}
          </p>
          <p className="tg-finding__source">
            Rule <code>{f.rule}</code> · Source: {f.source.label}
          </p>
        </li>
      ))}
    </ul>
  );
}
