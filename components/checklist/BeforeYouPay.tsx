import { useId } from 'react';
import { CLAUSE_KEY } from '../../lib/checklist/clauses';
import type { AutoCheck, Checklist, ManualCheck } from '../../lib/checklist/types';
import type { Msg } from '../../lib/i18n/msg';
import type { CorrectionNotice } from '../../lib/present/fact-line';
import { CorrectionNotices } from '../corrections/CorrectionNotices';
import { type CorrectFn, FactRow } from '../corrections/FactRow';
import { useT } from '../i18n/I18n';
import { CopyButton } from '../ui/CopyButton';
import { numberedClauses, STATUS_MARK, verdictView } from './verdict';
import './checklist.css';

export interface BeforeYouPayProps {
  checklist: Checklist;
  onTick(id: string, ticked: boolean): void;
  onCopyClauses(text: string): void;
  copied?: boolean;
  /** A tick that could not be saved, in words (the box is shown un-ticked again). */
  tickError?: Msg | null;
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
  const t = useT();
  const verdict = verdictView(checklist.verdict, t);
  const clausesTitleId = useId();
  const { blockers, warnings, unknown } = checklist.verdict;
  const detail =
    blockers === 0 && warnings === 0 && unknown > 0
      ? t.plural('checklist.verdict.readyUnchecked', unknown)
      : verdict.counts;
  // In the buyer's language, and in English for the supplier (who reads English).
  const clauses = (checklist.clauseKeys ?? []).map((k) => t.t(CLAUSE_KEY[k]));
  const showEnglish = t.language !== 'en';
  return (
    <section className="tg-checklist" aria-label={t.t('checklist.title')}>
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
        <ul className="tg-checks" aria-label={t.t('checklist.checkedBy')}>
          {checklist.auto.map((check) => (
            <AutoCheckItem key={check.id} check={check} onCorrect={onCorrect} />
          ))}
        </ul>
      )}

      {checklist.manual.length > 0 && <ManualChecks items={checklist.manual} onTick={onTick} />}
      {tickError && (
        <p className="tg-checklist__error" role="alert" data-testid="tick-error">
          {t.render(tickError)}
        </p>
      )}

      {checklist.clauses.length > 0 && (
        <section className="tg-clauses" aria-labelledby={clausesTitleId}>
          <h3 id={clausesTitleId} className="tg-checklist__heading">
            {t.t('checklist.clausesTitle')}
          </h3>
          <ol className="tg-clauses__list">
            {checklist.clauses.map((clause, i) => (
              <li key={clause}>
                {showEnglish && clauses[i] ? (
                  <>
                    <p className="tg-clauses__mine">{clauses[i]}</p>
                    {/* A block of its own, labelled: the words to send, never run on from the buyer's. */}
                    <p className="tg-clauses__english" data-testid="clause-english">
                      <span className="tg-clauses__english-label">{t.t('common.forSupplier')}</span>{' '}
                      <span lang="en">{clause}</span>
                    </p>
                  </>
                ) : (
                  clause
                )}
              </li>
            ))}
          </ol>
          <CopyButton
            text={
              showEnglish && clauses.length === checklist.clauses.length
                ? `${numberedClauses(checklist.clauses)}\n\n${numberedClauses(clauses)}`
                : numberedClauses(checklist.clauses)
            }
            onCopy={onCopyClauses}
            copied={copied}
            label={t.t('checklist.copyClauses')}
            testId="copy-clauses"
          />
        </section>
      )}
    </section>
  );
}

function AutoCheckItem({ check, onCorrect }: { check: AutoCheck; onCorrect?: CorrectFn }) {
  const t = useT();
  const mark = STATUS_MARK[check.status];
  const label = check.text ? t.render(check.text.label) : check.label;
  const detail = check.text ? check.text.detail.map(t.param).join(' ') : check.detail;
  return (
    <li
      className={`tg-check tg-status-${check.status}`}
      data-testid={`check-${check.id}`}
      data-status={check.status}
    >
      <span className="tg-check__status">
        <span aria-hidden="true">{mark.icon}</span> {t.t(mark.word)}
      </span>
      <span className="tg-check__label">{label}</span>
      {detail && <p className="tg-check__detail">{detail}</p>}
      {check.facts && check.facts.length > 0 && (
        <dl className="tg-check__facts" aria-label={t.t('checklist.restsOn', { label })}>
          {check.facts.map((f) => (
            <FactRow key={f.label} line={f} onCorrect={onCorrect} />
          ))}
        </dl>
      )}
      {check.rules.length > 0 && (
        <p className="tg-check__rules">
          {t.plural('checklist.rules', check.rules.length, { list: check.rules.join(', ') })}
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
  const t = useT();
  const done = items.filter((m) => m.ticked).length;
  return (
    <fieldset className="tg-manual">
      <legend className="tg-checklist__heading">
        {t.t('checklist.manualLegend', { done, total: items.length })}
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
              {item.text ? t.render(item.text.label) : item.label}
              <span id={`${inputId}-hint`} className="tg-manual__hint">
                {item.text ? t.render(item.text.hint) : item.hint}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
