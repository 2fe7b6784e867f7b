import type { RuleContext } from '../rules/types';
import { type LimitLeft, limitLeft } from './limit-left';

/** What remains of the limit for the order in view, from what the rule context holds. */
export function limitLeftOf(ctx: RuleContext): LimitLeft | null {
  return limitLeft({
    limit: ctx.knownLimit?.limit ?? null,
    stated: ctx.statedRemaining ?? null,
    others: ctx.openOrders ?? [],
    rates: ctx.settings.exchangeRates,
  });
}

/**
 * Something was taken off the whole limit (open orders, or a stated remaining amount): only then is
 * there a "remaining" figure to tell; otherwise it is the whole-limit case (ta-limit-below-order).
 */
export function differsFromLimit(left: LimitLeft): boolean {
  return left.basis === 'stated' || left.counted.length > 0 || left.uncounted.length > 0;
}
