import { type Msg, msg } from '../i18n/msg';
import { type Money, moneyFromMajor, toMajor } from '../model/money';
import type { ExchangeRate } from '../settings/schema';

/**
 * Compares amounts in different currencies only through a rate the buyer set
 * (with its date); otherwise says it could not compare. Never a silent pass.
 */
export type Comparison =
  | { comparable: true; a: Money; b: Money; rate: ExchangeRate | null }
  | { comparable: false; reason: Msg };

export function inSameCurrency(a: Money, b: Money, rates: readonly ExchangeRate[]): Comparison {
  if (a.currency === b.currency) return { comparable: true, a, b, rate: null };
  const direct = rates.find((r) => r.from === a.currency && r.to === b.currency);
  if (direct) return { comparable: true, a: convert(a, direct.rate, b.currency), b, rate: direct };
  const inverse = rates.find((r) => r.from === b.currency && r.to === a.currency);
  if (inverse) return { comparable: true, a, b: convert(b, inverse.rate, a.currency), rate: inverse };
  return {
    comparable: false,
    reason: msg('rules.differentCurrencies', { a, b, fromCode: a.currency, toCode: b.currency }),
  };
}

function convert(m: Money, rate: number, currency: string): Money {
  // Through major units: JPY has no minor unit, KWD has three.
  return moneyFromMajor(toMajor(m) * rate, currency);
}

export function rateNote(rate: ExchangeRate | null): Msg | '' {
  return rate
    ? msg('rules.rateNote', { from: rate.from, rate: String(rate.rate), to: rate.to, date: rate.date })
    : '';
}

export const subtract = (a: Money, b: Money): Money => ({ minor: a.minor - b.minor, currency: a.currency });
