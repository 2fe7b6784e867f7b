import { currencyExponent, type Money } from '../model/money-math';
import { findCurrency } from './currency';
import { decimalToMinor, findNumbers, firstNumber, type NumberMatch } from './number';

/**
 * Money, percentages, years and counts from marketplace text in en/fr/es/de/pt.
 * The separator rule lives in ./number.ts, the currency-symbol rule in
 * ./currency.ts. Everything here returns null rather than guessing: a missing
 * value is shown as "unknown", a wrong one would mislead the buyer.
 */

/** Range words and dashes between two prices ("2.98 - 3.26", "10 à 20", "10 bis 20", "10 a 20", "10 até 20"). */
const RANGE_JOIN = /^\s*(?:[-–—−~～]|to|à|a|bis|até|hasta)\s*$/i;
/** Currency marks that may sit between the two numbers of a range ("3,20 $ US - 4,00 $ US"). */
const CURRENCY_NOISE = /US\s?\$|\$\s?US|[A-Z]{3}|[A-Z]{1,2}\$|R\$|[$€£¥￥₹₩₽₺฿₫₱]/g;

/** Two digit runs joined by a dash or "~" (a currency mark allowed before the second). */
const UNREAD_RANGE = /\d\s*[-–—~～]\s*(?:US\s?\$|[A-Z]{3}\s?|[$€£¥￥₹₩₽₺฿₫₱]\s?)?\d/;

function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
}

export function parseMoney(text: string, defaultCurrency?: string): Money | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 500) return null;
  const clean = normalise(text);
  const hit = findCurrency(clean, defaultCurrency);
  const currency = hit?.currency ?? defaultCurrency;
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return null;
  const exponent = currencyExponent(currency);
  const numbers = findNumbers(clean, exponent === 3);
  if (numbers.length === 0) return null;
  // "Min. order: 50 pieces, US $3.26": the amount is the number nearest the currency sign.
  const chosen = hit ? nearest(numbers, hit.start, hit.end) : numbers[0];
  if (!chosen) return null;
  // "-US$50.00" is a discount or a refund line, never a price, total or limit.
  if (
    isNegated(clean, Math.min(chosen.start, hit?.start ?? chosen.start)) ||
    signedAfterCurrency(clean, chosen.start)
  )
    return null;
  const minor = decimalToMinor(chosen.value, exponent);
  return minor === null ? null : { minor, currency };
}

export function parseMoneyRange(text: string, defaultCurrency?: string): { min: Money; max: Money } | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 500) return null;
  const clean = normalise(text);
  const currency = findCurrency(clean, defaultCurrency)?.currency ?? defaultCurrency;
  if (!currency) return null;
  const exponent = currencyExponent(currency);
  const numbers = findNumbers(clean, exponent === 3);
  const pair = rangePair(clean, numbers);
  // "₹59,577.18-1,09,988.64" with a second amount this reader cannot read: the range is unknown, never
  // its first amount given as both ends.
  if (!pair && UNREAD_RANGE.test(clean) && numbers.length < 2) return null;
  if (!pair) {
    const single = parseMoney(clean, defaultCurrency);
    return single ? { min: single, max: single } : null;
  }
  const min = decimalToMinor(pair[0].value, exponent);
  const max = decimalToMinor(pair[1].value, exponent);
  if (min === null || max === null || min > max) return null;
  return { min: { minor: min, currency }, max: { minor: max, currency } };
}

/** Two consecutive numbers joined by a dash or range word (currency marks between them allowed). */
function rangePair(text: string, numbers: NumberMatch[]): [NumberMatch, NumberMatch] | null {
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i] as NumberMatch;
    const b = numbers[i + 1] as NumberMatch;
    const between = text.slice(a.end, b.start).replace(CURRENCY_NOISE, ' ');
    if (RANGE_JOIN.test(between)) return [a, b];
  }
  return null;
}

/**
 * A minus sign straight before the amount (or its currency mark), at the start
 * of the text or after a space, colon or bracket. A dash after a number is a
 * range ("5-10"), not a sign.
 */
function isNegated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at).replace(/\s+$/, '');
  if (!/[-−–]$/.test(before)) return false;
  // After another number the dash joins a range ("10 - 20 US$"), it is not a sign.
  return !/[\d.,]\s*[-−–]$/.test(before);
}

/** "US$ -50.00", "$-5.00": a minus between the currency and the number, not after another number (a range). */
function signedAfterCurrency(text: string, at: number): boolean {
  const m = /([\d.,]?)\s*[-−–]\s*$/.exec(text.slice(Math.max(0, at - 12), at));
  return m !== null && m[1] === '';
}

function nearest(numbers: NumberMatch[], start: number, end: number): NumberMatch | undefined {
  let best: NumberMatch | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const n of numbers) {
    const gap = n.start >= end ? n.start - end : start >= n.end ? start - n.end : 0;
    if (gap < bestGap) {
      best = n;
      bestGap = gap;
    }
  }
  return best;
}

/** "94.6%" → 94.6, "100,0 %" → 100; null without a percent sign or outside 0–100. */
export function parsePercent(text: string): number | null {
  if (typeof text !== 'string') return null;
  const m = /(\d{1,3}(?:[.,]\d+)?)\s?%/.exec(normalise(text));
  if (!m) return null;
  const value = Number((m[1] as string).replace(',', '.'));
  return value >= 0 && value <= 100 ? value : null;
}

/** The letters right after a number ("7 yrs", "7 + ans")… */
const WORD_AFTER = /^\s*\+?\s*(\p{L}+)/u;
/**
 * …are one of these words, whole. (Was one pattern ending in (?![\p{L}]) under /iu: the case-insensitive
 * \p{L} cost ~0.3 ms of the buyer's page to compile on the first read. A word followed by no letter is
 * exactly a whole run of letters, so the answers are the same.)
 */
const YEAR_WORD =
  /^(?:yrs?|years?|y|ans?|années?|años?|anos?|jahre?n?|jahr|anni|anno|jaar|jaren|lat|lata|года?|лет|tahun|năm|yıl|年)$/iu;
const isYearWord = (after: string) => {
  const word = WORD_AFTER.exec(after)?.[1];
  return word !== undefined && YEAR_WORD.test(word);
};

/** "7 yrs", "7 ans", "7 años", "7 Jahre", "7 anos", "6" → years; null for "25.6d" or "7 days". */
export function parseYears(text: string): number | null {
  if (typeof text !== 'string') return null;
  const clean = normalise(text);
  const numbers = findNumbers(clean);
  for (const n of numbers) {
    if (n.value.scale !== 0) continue;
    if (isYearWord(clean.slice(n.end))) return Number(n.value.digits);
  }
  if (/^\d{1,2}$/.test(clean)) return Number(clean);
  return null;
}

/** "Min. order: 50 pieces" → 50, "1,000" → 1000, "1.000 Stück" → 1000, "≥5000" → 5000. */
export function parseCount(text: string): number | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  const value = firstNumber(normalise(text));
  return value !== null && Number.isFinite(value) ? value : null;
}
