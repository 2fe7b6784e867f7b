/**
 * Calendar dates as marketplace pages print them: "Sep 4, 2026",
 * "4 Sep 2026", "2026-09-04", "September 4, 2026", "Sep. 4" (no year).
 * Numeric day/month orders such as "04/09/2026" are ambiguous between
 * locales, so they are deliberately not read.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** The page gave no year; the one closest to `now` was chosen. */
  yearInferred: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Sources of the patterns, exported so sentence patterns can embed "a date" as one group. */
export const PAGE_DATE_PATTERN = [
  `(\\d{4})-(\\d{2})-(\\d{2})`,
  `${MONTH}\\s+${DAY}(?:,?\\s*${YEAR})?`,
  `${DAY}\\s+${MONTH}(?:,?\\s*${YEAR})?`,
].join('|');

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${DAY}(?:,?\\s*${YEAR})?$`, 'i');
const DAY_FIRST = new RegExp(`^${DAY}\\s+${MONTH}(?:,?\\s*${YEAR})?$`, 'i');

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace('.', '');
  return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)];
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A year-less date is read as the occurrence nearest to `now` (pages show near dates without the year). */
function nearestYear(month: number, day: number, now: Date): number {
  const thisYear = now.getUTCFullYear();
  const candidates = [thisYear - 1, thisYear, thisYear + 1].filter((y) => isRealDate(y, month, day));
  let best = candidates[0] ?? thisYear;
  for (const y of candidates) {
    if (
      Math.abs(Date.UTC(y, month - 1, day) - now.getTime()) <
      Math.abs(Date.UTC(best, month - 1, day) - now.getTime())
    ) {
      best = y;
    }
  }
  return best;
}

function build(
  year: number | undefined,
  month: number | undefined,
  day: number,
  now: Date,
): CalendarDate | null {
  if (!month) return null;
  const y = year ?? nearestYear(month, day, now);
  return isRealDate(y, month, day) ? { year: y, month, day, yearInferred: year === undefined } : null;
}

/** Reads one date (the whole trimmed string); null when it is not one of the known formats or not a real day. */
export function parsePageDate(text: string, now: Date): CalendarDate | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(t);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), now);
  const mf = MONTH_FIRST.exec(t);
  if (mf) return build(mf[3] ? Number(mf[3]) : undefined, monthNumber(mf[1]!), Number(mf[2]), now);
  const df = DAY_FIRST.exec(t);
  if (df) return build(df[3] ? Number(df[3]) : undefined, monthNumber(df[2]!), Number(df[1]), now);
  return null;
}

export function calendarDateToIso(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
