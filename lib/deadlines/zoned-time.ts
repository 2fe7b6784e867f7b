import { TZDate } from '@date-fns/tz';
import { addDays, format, formatISO } from 'date-fns';

/**
 * Calendar arithmetic in the buyer's time zone. Claim windows are counted in
 * calendar days where the buyer lives, so "+30 days" keeps the wall-clock
 * time across daylight-saving changes (TZDate makes date-fns zone-aware).
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

export interface ZonedMoment {
  at: TZDate;
  /** The source gave a calendar date only; it was read as the end of that day (23:59:59) in the buyer's zone. */
  dateOnly: boolean;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A bare date is the end of that day in `timeZone`: the buyer has the whole day. */
export function endOfCalendarDay(year: number, month: number, day: number, timeZone: string): TZDate {
  return new TZDate(year, month - 1, day, 23, 59, 59, timeZone);
}

/**
 * Reads "2026-06-12" (end of that day), "2026-06-12T10:00:00+08:00" (that
 * instant) or "2026-06-12T10:00" (wall-clock time in the buyer's zone).
 */
export function readMoment(value: string, timeZone: string): ZonedMoment {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    return { at: endOfCalendarDay(y, m, d, timeZone), dateOnly: true };
  }
  if (HAS_OFFSET.test(value)) return { at: new TZDate(Date.parse(value), timeZone), dateOnly: false };
  const local = LOCAL_DATE_TIME.exec(value);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map((part) => Number(part ?? 0)) as number[];
    return { at: new TZDate(y!, mo! - 1, d!, h!, mi!, s ?? 0, timeZone), dateOnly: false };
  }
  throw new Error(`not a date: ${value}`);
}

export function inZone(instant: Date, timeZone: string): TZDate {
  return new TZDate(instant.getTime(), timeZone);
}

export function addCalendarDays(at: TZDate, days: number): TZDate {
  return addDays(at, days);
}

/** ISO-8601 with the zone's offset at that instant ("…+02:00", "Z" for UTC). */
export function toOffsetIso(at: TZDate): string {
  return formatISO(at);
}

/** "12 June 2026", for sentences the buyer reads. */
export function describeDay(at: TZDate): string {
  return format(at, 'd MMMM yyyy');
}

/** "12 June 2026, 10:00" for instants, "12 June 2026" for calendar dates. */
export function describeMoment(moment: ZonedMoment): string {
  return moment.dateOnly
    ? describeDay(moment.at)
    : `${describeDay(moment.at)}, ${format(moment.at, 'HH:mm')}`;
}
