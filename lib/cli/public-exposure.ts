import { limitLeftOf } from '../limits/of-context';
import { sumOrders } from '../limits/sum-orders';
import { toPublicMoney } from '../model/money';
import type { RuleContext } from '../rules/types';

/**
 * `exposure` in `audit --json` (added for issue 17; the contract only grows): the buyer's other open
 * Trade Assurance orders with this page's supplier that TradeGuard has seen (in this run: the pages
 * audited before this one), what they hold of the limit, and what remains. Null when the page names
 * no supplier and no order.
 */
export function publicExposure(ctx: RuleContext) {
  if (!ctx.supplier && !ctx.order) return null;
  const orders = ctx.openOrders ?? [];
  const left = limitLeftOf(ctx);
  const currency = left?.start.currency ?? orders.find((o) => o.amount)?.amount?.currency ?? null;
  const sum = currency ? sumOrders(orders, currency, ctx.settings.exchangeRates) : null;
  return {
    openOrders: orders.length,
    /** The sum of the open orders that could be counted, in the limit's currency; null when none could. */
    amount: sum && sum.counted.length > 0 ? toPublicMoney(sum.sum) : null,
    orders: orders.map((o) => ({
      id: o.id,
      url: o.url,
      status: o.status,
      statusKey: o.statusKey,
      amount: toPublicMoney(o.amount),
      basis: o.basis,
      createdAt: o.createdAt,
    })),
    /** Open orders left out of `amount` (amount not read, or no exchange rate for their currency), and why. */
    notCounted: (sum?.uncounted ?? []).map((u) => ({ id: u.order.id, reason: u.reason })),
    remaining: left
      ? {
          amount: toPublicMoney(left.left),
          /** "stated": the supplier's page gave it (less your orders placed since); "computed": limit − your open orders. */
          basis: left.basis,
          stated: left.stated
            ? { amount: toPublicMoney(left.stated.amount), at: left.stated.at, url: left.stated.url }
            : null,
          subtracted: left.counted.map((c) => ({ id: c.order.id, amount: toPublicMoney(c.amount) })),
          /** False when some open order could not be subtracted: less may remain. */
          complete: left.uncounted.length === 0,
        }
      : null,
  };
}
