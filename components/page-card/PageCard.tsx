import { useState } from 'react';
import type { Finding } from '../../lib/model/finding';
import { PAGE_KIND_LABEL, type PageKind } from '../../lib/model/page-kind';
import type { CorrectionNotice, FactLine } from '../../lib/present/fact-line';
import { CorrectionNotices } from '../corrections/CorrectionNotices';
import { type CorrectFn, FactRow } from '../corrections/FactRow';
import { CouldNotCheck } from '../findings/CouldNotCheck';
import { FindingList } from '../findings/FindingList';

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
}: PageCardProps) {
  const [open, setOpen] = useState(true);
  return (
    <section
      className="tg-card"
      data-testid="tradeguard-card"
      data-kind={kind}
      data-state={state}
      aria-label="TradeGuard"
    >
      <header className="tg-card__header">
        <span className="tg-card__brand">TradeGuard</span>
        <span className="tg-card__kind" data-testid="tradeguard-kind">
          {PAGE_KIND_LABEL[kind]}
        </span>
        <button
          type="button"
          className="tg-card__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          title={open ? 'Fold the card' : 'Unfold the card'}
        >
          {open ? '–' : '+'}
        </button>
      </header>
      {open && (
        <div className="tg-card__body">
          <CorrectionNotices notices={notices} onCorrect={onCorrect} />
          {facts.length > 0 && (
            <dl className="tg-card__facts">
              {facts.map((f) => (
                <FactRow key={f.label} line={f} onCorrect={state === 'ready' ? onCorrect : undefined} />
              ))}
            </dl>
          )}
          {state === 'reading' && <p className="tg-card__reading">Reading this page…</p>}
          <CouldNotCheck items={couldNotCheck} />
          {findings && <FindingList findings={findings} onFindingClick={onFindingClick} compact />}
        </div>
      )}
    </section>
  );
}
