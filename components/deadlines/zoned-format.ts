/**
 * Dates as the buyer reads them, in the buyer's zone. en-GB day-month order
 * matches the wording lib/deadlines writes ("12 June 2026") and is never
 * ambiguous the way 06/07 is.
 */
import { isValidTimeZone } from '../../lib/deadlines/zoned-time';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCALE = 'en-GB';

/** A bad zone setting must not blank the whole panel: fall back to UTC (and say so via the zone name). */
export function safeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

/** "Fri, 10 Jul 2026, 15:00 CEST". */
export function formatInstant(at: Date, timeZone: string): string {
  if (Number.isNaN(at.getTime())) return 'unknown date';
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: safeZone(timeZone),
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/** "Mon, 20 Apr 2026" for a calendar date (agreed dates have no time and no zone). */
export function formatCalendarDate(ymd: string): string {
  const m = DATE_ONLY.exec(ymd);
  if (!m) return ymd;
  const noonUtc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(noonUtc);
}

/** An event's `at`: a calendar date stays a date; an instant is shown in the buyer's zone. */
export function formatEventAt(at: string, timeZone: string): string {
  if (DATE_ONLY.test(at)) return formatCalendarDate(at);
  return formatInstant(new Date(at), timeZone);
}
