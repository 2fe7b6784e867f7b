import type { CorrectionNotice } from '../../lib/present/fact-line';
import { useT } from '../i18n/I18n';
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
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <ul className="tg-notices" aria-label={t.t('corrections.noticesLabel')}>
      {notices.map((n) => (
        <li
          key={n.fact}
          className="tg-notice"
          role="status"
          data-testid="correction-notice"
          data-fact={n.fact}
        >
          <span>{n.message ? t.render(n.message) : n.text}</span>
          {onCorrect && (
            <button
              type="button"
              onClick={(e) => byPerson(e) && void onCorrect({ fact: n.fact, remove: true })}
            >
              {t.t('corrections.gotIt')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
