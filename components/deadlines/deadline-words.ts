import type { ComputedDeadline } from '../../lib/deadlines/types';
import { formatCountdown, type Urgency, urgencyOf } from './countdown';

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
export function deadlineState(d: ComputedDeadline, now: Date): DeadlineState {
  const due = new Date(d.dueAt);
  if (d.status === 'not-applicable') return { word: 'Not applicable', countdown: '', urgency: 'done' };
  if (d.kind === 'available-from') {
    const reached = d.status === 'passed' || due.getTime() <= now.getTime();
    if (reached) return { word: 'Available now', countdown: '', urgency: 'done' };
    return {
      word: 'Not yet available',
      countdown: `opens in ${formatCountdown(due, now).replace(/ left$/u, '')}`,
      urgency: 'done',
    };
  }
  if (d.status === 'passed') return { word: 'Passed', countdown: '', urgency: 'done' };
  const urgency = urgencyOf(due, now);
  return { word: urgency === 'overdue' ? 'Overdue' : 'Open', countdown: formatCountdown(due, now), urgency };
}
