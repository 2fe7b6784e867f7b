/**
 * Money's arithmetic and formatting, without its zod schema (money.ts, which
 * re-exports all of this): the content scripts' page readers use these and
 * must not build schemas on the buyer's page. The same shape as MoneySchema's.
 */
export interface Money {
  minor: number;
  currency: string;
}

/** Currencies whose minor unit is not 1/100 (ISO 4217 exponent). */
const EXPONENT: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, HUF: 2, KWD: 3, BHD: 3 };

export function currencyExponent(currency: string): number {
  return EXPONENT[currency] ?? 2;
}

/** Builds Money from a major-unit number (e.g. 1234.56 USD), rounding to the minor unit. */
export function moneyFromMajor(amount: number, currency: string): Money {
  return { minor: Math.round(amount * 10 ** currencyExponent(currency)), currency };
}

/** Major units as a number, for the CLI's public JSON ("amounts in major units"). */
export function toMajor(money: Money): number {
  return money.minor / 10 ** currencyExponent(money.currency);
}

/** The CLI contract's shape: {"amount": 42000, "currency": "USD"}. */
export function toPublicMoney(money: Money | null | undefined): { amount: number; currency: string } | null {
  return money ? { amount: toMajor(money), currency: money.currency } : null;
}

/** "US$42,000.00" style, for messages shown to the buyer. */
export function formatMoney(money: Money): string {
  return formatMoneyWith((options) => new Intl.NumberFormat('en-GB', options), money);
}

/**
 * An amount written by a number format made from `make` (a locale's, cached or not): whole amounts
 * without decimals, others with the currency's own; a code the platform's Intl lacks falls back to "XYZ 1.00".
 */
export function formatMoneyWith(
  make: (options: Intl.NumberFormatOptions) => Intl.NumberFormat,
  money: Money,
): string {
  const digits = currencyExponent(money.currency);
  const major = toMajor(money);
  try {
    return make({
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: Number.isInteger(major) ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${money.currency} ${major.toFixed(digits)}`;
  }
}
