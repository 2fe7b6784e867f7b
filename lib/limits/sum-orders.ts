import { formatMoney, type Money } from '../model/money';
import type { ExchangeRate } from '../settings/schema';
import { convertInto } from './convert';
import type { OpenOrder } from './types';

/** An open order added up, in the target currency. */
export interface CountedOrder {
  order: OpenOrder;
  amount: Money;
  rate: ExchangeRate | null;
}

/** An open order that could not be added up, and why (its amount unknown, no rate for its currency…). */
export interface UncountedOrder {
  order: OpenOrder;
  reason: string;
  /** The currency it could not be converted into, when that was the reason (for the buyer's language). */
  target?: string;
}

export interface OrderSum {
  counted: CountedOrder[];
  uncounted: UncountedOrder[];
  /** The counted orders only: a floor when some could not be counted. */
  sum: Money;
}

/** Adds up orders in one currency; an order in another is converted only through the buyer's dated rate. */
export function sumOrders(
  orders: readonly OpenOrder[],
  currency: string,
  rates: readonly ExchangeRate[],
): OrderSum {
  const counted: CountedOrder[] = [];
  const uncounted: UncountedOrder[] = [];
  for (const order of orders) {
    if (!order.amount) {
      uncounted.push({ order, reason: `the amount of order #${order.id} was not read from its page` });
      continue;
    }
    const converted = convertInto(order.amount, currency, rates);
    if (!converted) {
      uncounted.push({
        order,
        target: currency,
        reason: `order #${order.id} is in ${order.amount.currency} (${formatMoney(order.amount)}) and you have not set a ${order.amount.currency}→${currency} rate in TradeGuard's options, so it could not be added up`,
      });
      continue;
    }
    counted.push({ order, amount: converted.amount, rate: converted.rate });
  }
  const minor = counted.reduce((sum, c) => sum + c.amount.minor, 0);
  return { counted, uncounted, sum: { minor, currency } };
}
