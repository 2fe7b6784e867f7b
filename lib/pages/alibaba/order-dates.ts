/**
 * Dates as order and chat pages print them, in the five UI languages:
 * "2027-01-15", "Jan 15, 2027", "15 janv. 2027", "15 de enero de 2027",
 * "15. Januar 2027", "15/01/2027". Returns calendar dates (YYYY-MM-DD) or
 * page-local wall times (YYYY-MM-DDTHH:mm); no time zone is invented.
 * Numeric dates where day and month could swap (03/04/2027) give null:
 * an unknown date is better than a wrong deadline.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jän', 'janeiro'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'februar', 'fevereiro', 'fev'],
  ['march', 'mar', 'mars', 'marzo', 'märz', 'marz', 'mär', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo', 'maio'],
  ['june', 'jun', 'juin', 'junio', 'juni', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'juli', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'octubre', 'oktober', 'okt', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});

const WORD = '([a-zà-ÿ]{3,10})\\.?';
const ISO_LIKE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:er|º|\\.)?\\s+(?:de\\s+)?${WORD}\\s+(?:de\\s+)?(\\d{4})\\b`,
  'gi',
);
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
const TIME = /\b(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?(?!\d)/;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const month = (word: string | undefined) => (word ? MONTHS[word.toLowerCase()] : undefined);

/** The first calendar date written in `text`, as YYYY-MM-DD, or null. */
export function parseDateText(text: string | null | undefined): string | null {
  if (!text) return null;
  let m = ISO_LIKE.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  // Several words may precede a number ("within 15 days"): try each match until a month name fits.
  for (const w of text.matchAll(MONTH_DAY_YEAR)) {
    const mm = month(w[1]);
    if (mm) return valid(Number(w[3]), mm, Number(w[2]));
  }
  for (const w of text.matchAll(DAY_MONTH_YEAR)) {
    const mm = month(w[2]);
    if (mm) return valid(Number(w[3]), mm, Number(w[1]));
  }
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // Dots are day-first everywhere they are used (de, pt, es); otherwise only an unambiguous pair.
    if (m[2] === '.' || (a > 12 && b <= 12)) return valid(y, b, a);
    if (b > 12 && a <= 12) return valid(y, a, b);
  }
  return null;
}

/** "HH:mm" (24 h) from "14:32", "2:32 PM", or null. */
export function parseTimeText(text: string | null | undefined): string | null {
  const m = TIME.exec(text ?? '');
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** Date plus time when both are written ("2026-11-20 09:15" → "2026-11-20T09:15"), else the date alone. */
export function parseDateTimeText(text: string | null | undefined): string | null {
  const date = parseDateText(text);
  if (!date) return null;
  const time = parseTimeText((text ?? '').replace(ISO_LIKE, ' ').replace(NUMERIC, ' '));
  return time ? `${date}T${time}` : date;
}

/** Does the text look like a chat timestamp (a time, a date, or "Yesterday 14:02")? */
export function looksLikeTime(text: string): boolean {
  return TIME.test(text) || parseDateText(text) !== null;
}
