import { currencyExponent, type Money } from '../model/money-math';

/**
 * English (en-GB) whole numbers and money written without Intl, for the page card's first paint:
 * the first Intl.NumberFormat a tab makes loads ICU's number data, 15–70 ms on the buyer's page
 * (scripts/bench/content-script.ts), more than everything else the card does. Only what this file
 * writes exactly as Intl does is written here (tests/unit/i18n/english-numbers.test.ts holds it to
 * Intl's en-GB for every currency below); anything else answers null and Intl writes it.
 */

/** en-GB's currency prefixes with no space between sign and digits ("US$48,600", "-€5"). */
const PREFIX: Record<string, string> = {
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  CNY: 'CN¥',
  JPY: 'JP¥',
  HKD: 'HK$',
  AUD: 'A$',
  CAD: 'CA$',
  INR: '₹',
  KRW: '₩',
  TWD: 'NT$',
  NZD: 'NZ$',
  BRL: 'R$',
  MXN: 'MX$',
};

/** Currencies written here (the rest go to Intl). */
export const ENGLISH_PREFIXED_CURRENCIES = Object.keys(PREFIX);

const LIMIT = 1e15;

function grouped(whole: number): string {
  const digits = String(whole);
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part},${out}` : part;
  }
  return out;
}

/** "1,234": whole numbers only (fractions and -0 are Intl's, for its rounding). */
export function englishNumber(n: number): string | null {
  if (!Number.isInteger(n) || Math.abs(n) >= LIMIT || Object.is(n, -0)) return null;
  return `${n < 0 ? '-' : ''}${grouped(Math.abs(n))}`;
}

/** "US$48,600" / "US$1,234.50": whole amounts without decimals, others with the currency's own. */
export function englishMoney(money: Money): string | null {
  const prefix = PREFIX[money.currency];
  const { minor } = money;
  if (!prefix || !Number.isSafeInteger(minor) || Object.is(minor, -0)) return null;
  const digits = currencyExponent(money.currency);
  const unit = 10 ** digits;
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / unit);
  if (whole >= LIMIT) return null;
  const fraction = abs % unit;
  const decimals = fraction === 0 ? '' : `.${String(fraction).padStart(digits, '0')}`;
  return `${minor < 0 ? '-' : ''}${prefix}${grouped(whole)}${decimals}`;
}

/** English plural category (CLDR: "one" for an integer 1, of either sign; "other" for everything else). */
export function englishPlural(n: number): 'one' | 'other' {
  return Math.abs(n) === 1 ? 'one' : 'other';
}
