import { type Money, moneyFromMajor, toMajor } from '../model/money';
import type { ExchangeRate } from '../settings/schema';

/**
 * An amount in another currency, only through a rate the buyer set (with its date): never a guess.
 * Null when no rate joins the two currencies.
 */
export function convertInto(
  amount: Money,
  currency: string,
  rates: readonly ExchangeRate[],
): { amount: Money; rate: ExchangeRate | null } | null {
  if (amount.currency === currency) return { amount, rate: null };
  const direct = rates.find((r) => r.from === amount.currency && r.to === currency);
  // Through major units: JPY has no minor unit, KWD has three.
  if (direct) return { amount: moneyFromMajor(toMajor(amount) * direct.rate, currency), rate: direct };
  const inverse = rates.find((r) => r.from === currency && r.to === amount.currency);
  if (inverse) return { amount: moneyFromMajor(toMajor(amount) / inverse.rate, currency), rate: inverse };
  return null;
}
