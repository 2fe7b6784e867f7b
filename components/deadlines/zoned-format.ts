/**
 * Dates as the buyer reads them, in the buyer's zone and language: day, month
 * in words (never the ambiguous 06/07), time and the zone named.
 */
import { isValidTimeZone } from '../../lib/deadlines/zoned-time';
import { intlLocale } from '../../lib/i18n/format';
import { english, type Translator } from '../../lib/i18n/translate';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A bad zone setting must not blank the whole panel: fall back to UTC (and say so via the zone name). */
export function safeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

/** "Fri, 10 Jul 2026, 15:00 CEST" / "vie, 10 jul 2026, 15:00 CEST" / "2026年7月10日周五 15:00 [CEST]". */
export function formatInstant(at: Date, timeZone: string, t: Translator = english): string {
  if (Number.isNaN(at.getTime())) return t.t('deadlines.unknownDate');
  return new Intl.DateTimeFormat(intlLocale(t.language), {
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
export function formatCalendarDate(ymd: string, t: Translator = english): string {
  const m = DATE_ONLY.exec(ymd);
  if (!m) return ymd;
  const noonUtc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Intl.DateTimeFormat(intlLocale(t.language), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(noonUtc);
}

/** An event's `at`: a calendar date stays a date; an instant is shown in the buyer's zone. */
export function formatEventAt(at: string, timeZone: string, t: Translator = english): string {
  if (DATE_ONLY.test(at)) return formatCalendarDate(at, t);
  return formatInstant(new Date(at), timeZone, t);
}
