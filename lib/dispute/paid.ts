import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { DisputeAnswers } from './answers';
import { day, money } from './words';

/**
 * What the buyer has paid through the platform, and how we know: the buyer's
 * own figure first, then the payments on the timeline, then what the order's
 * status implies. Unknown is said, never guessed.
 */
export interface Paid {
  amount: Money | null;
  basis: string;
}

export function orderCurrency(order: OrderFacts): string | null {
  return order.currency ?? order.total?.currency ?? order.lineItems[0]?.unitPrice?.currency ?? null;
}

function latest(events: readonly TimelineEvent[], type: TimelineEvent['type']): TimelineEvent | undefined {
  return [...events]
    .filter((e) => e.type === type)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
}

export function paidOnPlatform(
  order: OrderFacts,
  events: readonly TimelineEvent[],
  answers: DisputeAnswers,
  timeZone: string,
): Paid {
  const currency = orderCurrency(order);
  if (answers.paidOnPlatform !== null && currency) {
    const amount = { minor: answers.paidOnPlatform, currency };
    return { amount, basis: `${money(amount)}, as you entered it` };
  }
  const where = order.marketplace === 'alibaba' ? 'through Alibaba.com' : 'at AliExpress checkout';
  const balance = latest(events, 'balance_paid');
  const deposit = latest(events, 'deposit_paid');
  if (order.marketplace === 'aliexpress') {
    const paidOn = deposit?.at ?? order.paidAt;
    if (paidOn && order.total)
      return { amount: order.total, basis: `the order total, paid ${where} on ${day(paidOn, timeZone)}` };
  } else if (balance && order.total) {
    return {
      amount: order.total,
      basis: `the order total: initial payment and balance, the balance paid ${where} on ${day(balance.at, timeZone)}`,
    };
  } else if (deposit && order.initialPayment) {
    return {
      amount: order.initialPayment,
      basis: `the initial payment, paid ${where} on ${day(deposit.at, timeZone)}`,
    };
  } else if (deposit && order.total && !order.balance) {
    return { amount: order.total, basis: `the order total, paid ${where} on ${day(deposit.at, timeZone)}` };
  }
  if (
    currency &&
    (order.statusKey === 'awaiting_initial_payment' || order.statusKey === 'awaiting_payment')
  ) {
    return {
      amount: { minor: 0, currency },
      basis: `nothing yet: the order page says “${order.status ?? 'awaiting payment'}” and no payment is on the timeline`,
    };
  }
  if (order.statusKey === 'awaiting_balance' && order.initialPayment) {
    return {
      amount: order.initialPayment,
      basis: `the initial payment: the order page says “${order.status ?? 'awaiting balance'}”`,
    };
  }
  return {
    amount: null,
    basis:
      'unknown: no payment is on the order’s timeline. Enter what you paid through the platform, or add the payment on the Deadlines tab',
  };
}
