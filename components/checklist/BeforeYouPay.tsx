import { useId } from 'react';
import type { AutoCheck, Checklist, ManualCheck } from '../../lib/checklist/types';
import type { CorrectionNotice } from '../../lib/present/fact-line';
import { CorrectionNotices } from '../corrections/CorrectionNotices';
import { type CorrectFn, FactRow } from '../corrections/FactRow';
import { CopyButton } from '../ui/CopyButton';
import { numberedClauses, STATUS_MARK, verdictView } from './verdict';
import './checklist.css';

export interface BeforeYouPayProps {
  checklist: Checklist;
  onTick(id: string, ticked: boolean): void;
  onCopyClauses(text: string): void;
  copied?: boolean;
  /** A tick that could not be saved, in words (the box is shown un-ticked again). */
  tickError?: string | null;
  /** Enters or corrects a fact a check rests on ("Enter it" / "Correct it" beside it). */
  onCorrect?: CorrectFn;
  /** The buyer's entries a later page replaced. */
  notices?: CorrectionNotice[];
}

/** The popup's "Before you pay" checklist: verdict first, then why, then what to do. */
export function BeforeYouPay({
  checklist,
  onTick,
  onCopyClauses,
  copied,
  tickError,
  onCorrect,
  notices = [],
}: BeforeYouPayProps) {
  const verdict = verdictView(checklist.verdict);
  const clausesTitleId = useId();
  // The lib's own sentence when it gives one; otherwise the counts.
  const detail = checklist.verdict.text || verdict.counts;
  return (
    <section className="tg-checklist" aria-label="Before you pay">
      <p
        className={`tg-verdict tg-status-${verdict.tone}`}
        data-testid="checklist-verdict"
        data-tone={verdict.tone}
        role="status"
      >
        <span aria-hidden="true" className="tg-verdict__icon">
          {STATUS_MARK[verdict.tone].icon}
        </span>{' '}
        <strong>{verdict.headline}</strong>{' '}
        {detail && detail !== verdict.headline && <span className="tg-verdict__detail">{detail}</span>}
      </p>

      <CorrectionNotices notices={notices} onCorrect={onCorrect} />

      {checklist.auto.length > 0 && (
        <ul className="tg-checks" aria-label="Checked by TradeGuard">
          {checklist.auto.map((check) => (
            <AutoCheckItem key={check.id} check={check} onCorrect={onCorrect} />
          ))}
        </ul>
      )}

      {checklist.manual.length > 0 && <ManualChecks items={checklist.manual} onTick={onTick} />}
      {tickError && (
        <p className="tg-checklist__error" role="alert" data-testid="tick-error">
          {tickError}
        </p>
      )}

      {checklist.clauses.length > 0 && (
        <section className="tg-clauses" aria-labelledby={clausesTitleId}>
          <h3 id={clausesTitleId} className="tg-checklist__heading">
            Ask the supplier to add these clauses
          </h3>
          <ol className="tg-clauses__list">
            {checklist.clauses.map((clause) => (
              <li key={clause}>{clause}</li>
            ))}
          </ol>
          <CopyButton
            text={numberedClauses(checklist.clauses)}
            onCopy={onCopyClauses}
            copied={copied}
            label="Copy clauses"
            testId="copy-clauses"
          />
        </section>
      )}
    </section>
  );
}

function AutoCheckItem({ check, onCorrect }: { check: AutoCheck; onCorrect?: CorrectFn }) {
  const mark = STATUS_MARK[check.status];
  return (
    <li
      className={`tg-check tg-status-${check.status}`}
      data-testid={`check-${check.id}`}
      data-status={check.status}
    >
      <span className="tg-check__status">
        <span aria-hidden="true">{mark.icon}</span> {mark.word}
      </span>
      <span className="tg-check__label">{check.label}</span>
      {check.detail && <p className="tg-check__detail">{check.detail}</p>}
      {check.facts && check.facts.length > 0 && (
        <dl className="tg-check__facts" aria-label={`What "${check.label}" rests on`}>
          {check.facts.map((f) => (
            <FactRow key={f.label} line={f} onCorrect={onCorrect} />
          ))}
        </dl>
      )}
      {check.rules.length > 0 && (
        <p className="tg-check__rules">
          Rule{check.rules.length > 1 ? 's' : ''} <code>{check.rules.join(', ')}</code>
        </p>
      )}
    </li>
  );
}

function ManualChecks({
  items,
  onTick,
}: {
  items: ManualCheck[];
  onTick(id: string, ticked: boolean): void;
}) {
  const done = items.filter((m) => m.ticked).length;
  return (
    <fieldset className="tg-manual">
      <legend className="tg-checklist__heading">
        Do these yourself ({done} of {items.length} done)
      </legend>
      {items.map((item) => {
        const inputId = `tg-manual-${item.id}`;
        return (
          <div key={item.id} className="tg-manual__item">
            <input
              id={inputId}
              type="checkbox"
              checked={item.ticked}
              onChange={(e) => onTick(item.id, e.target.checked)}
              aria-describedby={`${inputId}-hint`}
              data-testid={`manual-${item.id}`}
            />
            <label htmlFor={inputId}>
              {item.label}
              <span id={`${inputId}-hint`} className="tg-manual__hint">
                {item.hint}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
