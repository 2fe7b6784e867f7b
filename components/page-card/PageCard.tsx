import { useEffect, useRef, useState } from 'react';
import type { CorrectableFact } from '../../lib/model/correction';
import type { Finding } from '../../lib/model/finding';
import type { PageKind } from '../../lib/model/page-kind';
import type { CorrectionNotice, FactLine } from '../../lib/present/fact-line';
import { CorrectionNotices } from '../corrections/CorrectionNotices';
import { type CorrectFn, FactRow } from '../corrections/FactRow';
import { CouldNotCheck } from '../findings/CouldNotCheck';
import { FindingList } from '../findings/FindingList';
import { useT } from '../i18n/I18n';
import { findingWords, pageKindLabel } from '../i18n/words';

export interface PageCardProps {
  kind: PageKind;
  /** 'reading' until the background has judged the page. */
  state?: 'reading' | 'ready';
  facts?: FactLine[];
  findings?: Finding[];
  /** Rules that failed on this page: shown as "could not check", never as a pass. */
  couldNotCheck?: { rule: string; title: string }[];
  /** Called when the buyer clicks a finding whose quote stands on the page. */
  onFindingClick?: (finding: Finding) => void;
  /** The buyer's entries a later page replaced. */
  notices?: CorrectionNotice[];
  /** Enters, corrects or takes back a fact; without it facts are only shown. */
  onCorrect?: CorrectFn;
  /**
   * Where the card drawn without React (static-card.ts) left off, read once as the card mounts: folded or
   * not, the blockers already read out, and the fact whose form the buyer just opened.
   */
  start?: { open: boolean; announced: Set<string>; editing?: CorrectableFact };
}

/**
 * The small card TradeGuard shows on a recognised marketplace page: what it
 * recognised, the key facts it read, and its findings. Everything is rendered
 * as text: page content is written by strangers.
 */
export function PageCard({
  kind,
  state = 'ready',
  facts = [],
  findings,
  couldNotCheck = [],
  onFindingClick,
  notices = [],
  onCorrect,
  start,
}: PageCardProps) {
  const t = useT();
  const [open, setOpen] = useState(start?.open ?? true);
  return (
    <section
      className="tg-card"
      data-testid="tradeguard-card"
      data-kind={kind}
      data-state={state}
      aria-label={`${t.t('ext.name')}: ${pageKindLabel(t, kind)}`}
      lang={t.language}
    >
      <header className="tg-card__header">
        <span className="tg-card__brand">TradeGuard</span>
        <span className="tg-card__kind" data-testid="tradeguard-kind">
          {pageKindLabel(t, kind)}
        </span>
        <button
          type="button"
          className="tg-card__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          aria-label={open ? t.t('card.fold') : t.t('card.unfold')}
          title={open ? t.t('card.fold') : t.t('card.unfold')}
        >
          <span aria-hidden="true">{open ? '–' : '+'}</span>
        </button>
      </header>
      <NewCriticalAnnouncement findings={findings} announced={start?.announced} />
      {open && (
        <div className="tg-card__body">
          <CorrectionNotices notices={notices} onCorrect={onCorrect} />
          {facts.length > 0 && (
            <dl className="tg-card__facts">
              {facts.map((f) => (
                <FactRow
                  key={f.label}
                  line={f}
                  onCorrect={state === 'ready' ? onCorrect : undefined}
                  startEditing={start?.editing !== undefined && start.editing === f.correct?.fact}
                />
              ))}
            </dl>
          )}
          {state === 'reading' && <p className="tg-card__reading">{t.t('card.reading')}</p>}
          <CouldNotCheck items={couldNotCheck} />
          {findings && <FindingList findings={findings} onFindingClick={onFindingClick} compact />}
        </div>
      )}
    </section>
  );
}

/**
 * Announces blockers that were not there before (by rule and quote). The words change after the live
 * region is on the page (an effect), so screen readers read them out; the region is its own component so
 * that change redraws only it, not the whole card a second time on its first paint.
 */
function NewCriticalAnnouncement({
  findings,
  announced,
}: {
  findings: Finding[] | undefined;
  announced?: Set<string>;
}) {
  const t = useT();
  const seen = useRef(announced ?? new Set<string>());
  const [text, setText] = useState('');
  useEffect(() => {
    const fresh = (findings ?? []).filter(
      (f) => f.severity === 'critical' && !seen.current.has(`${f.rule}|${f.quote}`),
    );
    for (const f of fresh) seen.current.add(`${f.rule}|${f.quote}`);
    if (fresh.length > 0)
      setText(t.plural('card.newCritical', fresh.length, { first: findingWords(t, fresh[0]!).message }));
  }, [findings, t]);
  return (
    // Polite: a new blocker is read out once the screen reader is free, without taking the focus.
    <p className="tg-visually-hidden" aria-live="polite" data-testid="card-announcement">
      {text}
    </p>
  );
}
