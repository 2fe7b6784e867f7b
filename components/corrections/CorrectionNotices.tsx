import type { CorrectionNotice } from '../../lib/present/fact-line';
import { byPerson } from '../ui/trusted';
import type { CorrectFn } from './FactRow';
import './corrections.css';

export interface CorrectionNoticesProps {
  notices: readonly CorrectionNotice[];
  /** "Got it": forgets the replaced entry, and with it the notice. */
  onCorrect?: CorrectFn;
}

/** Entries of the buyer's that a later page replaced: said plainly, until the buyer has read it. */
export function CorrectionNotices({ notices, onCorrect }: CorrectionNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <ul className="tg-notices" aria-label="Your entries replaced by a page">
      {notices.map((n) => (
        <li
          key={n.fact}
          className="tg-notice"
          role="status"
          data-testid="correction-notice"
          data-fact={n.fact}
        >
          <span>{n.text}</span>
          {onCorrect && (
            <button
              type="button"
              onClick={(e) => byPerson(e) && void onCorrect({ fact: n.fact, remove: true })}
            >
              Got it
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
