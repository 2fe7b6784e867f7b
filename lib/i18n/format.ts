import { formatMoneyWith, type Money } from '../model/money-math';
import { englishMoney, englishNumber } from './english-numbers';

/**
 * Numbers, money and dates in the buyer's locale, by Intl. English keeps the
 * British conventions TradeGuard has always shown ("US$48,600", "15 Jan 2027"),
 * so the command line's English stays as it was.
 */
export function intlLocale(tag: string): string {
  return tag === 'en' ? 'en-GB' : tag;
}

/**
 * Making an Intl formatter costs far more than using one (it loads the locale's data): a page card or a
 * search page's 48 badges format dozens of numbers, so each kind of formatter is made once per language.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(tag), options);
    formatters.set(key, f);
  }
  return f;
}
function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(tag), options);
    formatters.set(key, f);
  }
  return f;
}

export function formatMoneyIn(tag: string, money: Money): string {
  // English without Intl where it writes the same: the card's first paint then loads no ICU data.
  const fast = tag === 'en' ? englishMoney(money) : null;
  if (fast !== null) return fast;
  return formatMoneyWith((options) => numberFormat(tag, options), money);
}

export function formatNumberIn(tag: string, n: number): string {
  const fast = tag === 'en' ? englishNumber(n) : null;
  if (fast !== null) return fast;
  return numberFormat(tag, { maximumFractionDigits: 2 }).format(n);
}

/**
 * "15 Jan 2027" / "15 ene 2027" / "2027年1月15日": a day (YYYY-MM-DD) or the day of an instant, in `timeZone`;
 * `long` writes the month out ("15 January 2027", as the English dispute draft always has).
 */
export function formatDayIn(tag: string, iso: string, timeZone?: string, long = false): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dayOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(tag, {
    day: 'numeric',
    month: long ? 'long' : 'short',
    year: 'numeric',
    ...(dayOnly ? { timeZone: 'UTC' } : timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A deadline: day, time and the zone named ("15 Jan 2027, 18:00 CET"), so nobody guesses whose evening it is. */
export function formatDeadlineIn(tag: string, iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(tag, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}
