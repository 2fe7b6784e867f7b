import type { ComputedDeadline, PendingDeadline } from '../../lib/deadlines/types';
import type { MessageKey } from '../../lib/i18n/keys';
import { english, type Translator } from '../../lib/i18n/translate';
import { formatCountdown, formatOpensIn, type Urgency, urgencyOf } from './countdown';

export interface DeadlineState {
  /** A word that carries the state without colour: "Open", "Overdue", "Available now"… */
  word: string;
  /** Countdown text when the date is still ahead (or just passed), else "". */
  countdown: string;
  urgency: Urgency | 'done';
}

/**
 * How a deadline reads at `now`. The result's status was computed at an
 * earlier `now`; an "open" date that has since gone by reads as overdue
 * until the parent recomputes.
 */
export function deadlineState(d: ComputedDeadline, now: Date, t: Translator = english): DeadlineState {
  const due = new Date(d.dueAt);
  const done = (key: MessageKey) => ({ word: t.render({ key }), countdown: '', urgency: 'done' as const });
  if (d.status === 'not-applicable') return done('deadlines.state.notApplicable');
  if (d.kind === 'available-from') {
    const reached = d.status === 'passed' || due.getTime() <= now.getTime();
    if (reached) return done('deadlines.state.availableNow');
    return {
      word: t.t('deadlines.state.notYetAvailable'),
      countdown: formatOpensIn(due, now, t),
      urgency: 'done',
    };
  }
  if (d.status === 'passed') return done('deadlines.state.passed');
  const urgency = urgencyOf(due, now);
  return {
    word: t.t(urgency === 'overdue' ? 'deadlines.state.overdue' : 'deadlines.state.open'),
    countdown: formatCountdown(due, now, t),
    urgency,
  };
}

/** A deadline's words in the buyer's language; a result stored before deadlines carried messages keeps its English. */
export function deadlineWords(t: Translator, d: ComputedDeadline) {
  const x = d.text;
  const source = d.source.ref === 'order page' ? t.t('deadlines.board.sourceOrderPage') : d.source.label;
  return {
    label: x ? t.render(x.label) : d.label,
    basis: x ? t.render(x.basis) : d.basis,
    whatToDo: x ? t.render(x.whatToDo) : d.whatToDo,
    note: x?.note ? t.render(x.note) : d.note,
    source,
  };
}

export function pendingLabel(t: Translator, p: PendingDeadline): string {
  return p.text ? t.render(p.text.label) : p.label;
}

export function pendingWhy(t: Translator, p: PendingDeadline): string {
  return p.text ? t.render(p.text.why) : p.why;
}
