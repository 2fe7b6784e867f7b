/**
 * Countdown wording and urgency for a deadline, from the `now` the surface
 * ticks. Durations are elapsed time (24-hour days): the due instant itself
 * was already placed in the buyer's calendar by lib/deadlines.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Urgency = 'overdue' | 'within-day' | 'within-week' | 'later' | 'unknown';

/** Shown beside the colour so urgency never rests on colour alone. */
export const URGENCY_WORD: Record<Urgency, string> = {
  overdue: 'Overdue',
  'within-day': 'Due within 24 h',
  'within-week': 'Due within 7 days',
  later: 'More than 7 days',
  unknown: 'Date unknown',
};

/** Rounded down: a countdown may understate the time left, never overstate it. */
function duration(ms: number): string {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 1) return 'under 1 min';
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

/** "12 d 5 h left", "3 h 20 min left", "overdue by 2 d 3 h". */
export function formatCountdown(dueAt: Date, now: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  if (Number.isNaN(ms)) return 'date unknown';
  return ms > 0 ? `${duration(ms)} left` : `overdue by ${duration(-ms)}`;
}

/** ≤ 1 day left: within-day; ≤ 7 days: within-week; reached: overdue. */
export function urgencyOf(dueAt: Date, now: Date): Urgency {
  const ms = dueAt.getTime() - now.getTime();
  if (Number.isNaN(ms)) return 'unknown';
  if (ms <= 0) return 'overdue';
  if (ms <= DAY) return 'within-day';
  if (ms <= 7 * DAY) return 'within-week';
  return 'later';
}
