import type { Finding } from '../../lib/model/finding';
import { sortFindings } from '../../lib/model/finding-order';
import { useT } from '../i18n/I18n';
import { findingWords } from '../i18n/words';
import { byPerson } from '../ui/trusted';

export interface FindingListProps {
  findings: Finding[];
  onFindingClick?: (finding: Finding) => void;
  compact?: boolean;
  /** Shown when there is nothing to report (never a silent pass). */
  emptyText?: string;
}

const SEVERITY_ICON = { critical: '✖', warning: '⚠', info: 'ℹ' } as const;

/** Findings by severity, each explaining itself: quote, why, what to do, rule and source. */
export function FindingList({ findings, onFindingClick, compact, emptyText }: FindingListProps) {
  const t = useT();
  if (findings.length === 0)
    return <p className="tg-findings__empty">{emptyText ?? t.t('findings.empty')}</p>;
  return (
    <ul className={`tg-findings${compact ? ' tg-findings--compact' : ''}`} data-testid="tradeguard-findings">
      {sortFindings(findings).map((f) => {
        const words = findingWords(t, f);
        return (
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
              {/* The severity is a word and an icon, never only a colour. */}
              <span className="tg-finding__severity">
                <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span> {t.t(`severity.${f.severity}`)}
              </span>
              <span className="tg-finding__message">{words.message}</span>
            </button>
            {f.quote && <q className="tg-finding__quote">{f.quote}</q>}
            <p className="tg-finding__fix">
              <strong>{t.t('common.whatToDo')} </strong>
              {words.fix}
            </p>
            {words.fixInEnglish && (
              <p className="tg-finding__fix tg-finding__fix--english">
                <strong>{t.t('common.forSupplier')} </strong>
                <span lang="en">{words.fixInEnglish}</span>
              </p>
            )}
            <p className="tg-finding__source">
              {t.t('meta.ruleSource', { rule: f.rule, source: f.source.label })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
