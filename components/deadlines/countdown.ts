import type { MessageKey } from '../../lib/i18n/keys';
import { english, type Translator } from '../../lib/i18n/translate';

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
export const URGENCY_KEY: Record<Urgency, MessageKey> = {
  overdue: 'deadlines.urgency.overdue',
  'within-day': 'deadlines.urgency.withinDay',
  'within-week': 'deadlines.urgency.withinWeek',
  later: 'deadlines.urgency.later',
  unknown: 'deadlines.urgency.unknown',
};

export const urgencyWord = (urgency: Urgency, t: Translator = english) => t.t(URGENCY_KEY[urgency]);

/** Rounded down: a countdown may understate the time left, never overstate it. */
function duration(ms: number, t: Translator): string {
  const total = Math.floor(ms / MINUTE);
  if (total < 1) return t.t('deadlines.countdown.underMinute');
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0) return t.t('deadlines.countdown.daysHours', { days, hours });
  if (hours > 0) return t.t('deadlines.countdown.hoursMinutes', { hours, minutes });
  return t.t('deadlines.countdown.minutes', { minutes });
}

/** "12 d 5 h left", "3 h 20 min left", "overdue by 2 d 3 h" (in the buyer's language). */
export function formatCountdown(dueAt: Date, now: Date, t: Translator = english): string {
  const ms = dueAt.getTime() - now.getTime();
  if (Number.isNaN(ms)) return t.t('deadlines.countdown.unknown');
  return ms > 0
    ? t.t('deadlines.countdown.left', { span: duration(ms, t) })
    : t.t('deadlines.countdown.overdueBy', { span: duration(-ms, t) });
}

/** "opens in 3 d 2 h": an "available from" date still ahead. */
export function formatOpensIn(dueAt: Date, now: Date, t: Translator = english): string {
  return t.t('deadlines.countdown.opensIn', {
    span: duration(Math.max(dueAt.getTime() - now.getTime(), 0), t),
  });
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
