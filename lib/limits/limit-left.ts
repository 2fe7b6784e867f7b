import type { Money } from '../model/money';
import type { ExchangeRate } from '../settings/schema';
import { type CountedOrder, sumOrders, type UncountedOrder } from './sum-orders';
import type { OpenOrder, StatedRemaining } from './types';

/**
 * What remains of the supplier's Trade Assurance limit for a new order. The limit is a credit line
 * shared by the supplier's open orders (research: trade-assurance-rules.md, "TA limit"), so:
 * - when a page stated the remaining amount, that figure, less the buyer's orders placed after it;
 * - else the whole limit less the buyer's other open orders.
 * Other buyers' orders draw on it too: the true figure can only be lower.
 */
export interface LimitLeft {
  basis: 'stated' | 'computed';
  /** The whole limit (computed) or the stated remaining amount (stated). */
  start: Money;
  /** Set when basis is 'stated': when and where the page said it. */
  stated: StatedRemaining | null;
  /** The open orders subtracted from `start`. */
  counted: CountedOrder[];
  /** Open orders that may hold part of the limit but could not be subtracted: the figure is then a ceiling. */
  uncounted: UncountedOrder[];
  /** start − counted; negative when the open orders already exceed it. */
  left: Money;
}

export interface LimitLeftInput {
  limit: Money | null;
  stated: StatedRemaining | null;
  /** The buyer's other open orders with the supplier (not the one in view). */
  others: readonly OpenOrder[];
  rates: readonly ExchangeRate[];
}

export function limitLeft({ limit, stated, others, rates }: LimitLeftInput): LimitLeft | null {
  const start = stated?.amount ?? limit;
  if (!start) return null;
  const toCount: OpenOrder[] = [];
  const unsure: UncountedOrder[] = [];
  for (const order of others) {
    const placed = stated ? placedAfter(order, stated.at) : true;
    if (placed === false) continue; // already inside the stated figure
    if (placed === null)
      unsure.push({
        order,
        reason: `order #${order.id} shows no order date, so TradeGuard cannot tell whether the stated remaining amount already counts it`,
      });
    else toCount.push(order);
  }
  const { counted, uncounted, sum } = sumOrders(toCount, start.currency, rates);
  return {
    basis: stated ? 'stated' : 'computed',
    start,
    stated,
    counted,
    uncounted: [...uncounted, ...unsure],
    left: { minor: start.minor - sum.minor, currency: start.currency },
  };
}

/**
 * Was the order placed after the remaining amount was stated? Null when the order page gave no
 * date. Page dates ("2026-11-18 10:22:31") and ISO instants compare as text once aligned.
 */
function placedAfter(order: OpenOrder, statedAt: string): boolean | null {
  if (!order.createdAt) return null;
  const created = order.createdAt.trim().replace(' ', 'T');
  return created > statedAt.slice(0, created.length);
}
