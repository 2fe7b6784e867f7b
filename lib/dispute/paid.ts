import { type Msg, msg } from '../i18n/msg';
import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { DisputeAnswers } from './answers';
import { dayP, en } from './words';

/**
 * What the buyer has paid through the platform, and how we know: the buyer's
 * own figure first, then the payments on the timeline, then what the order's
 * status implies. Unknown is said, never guessed.
 */
export interface Paid {
  amount: Money | null;
  basis: string;
  basisMsg: Msg;
}

const paid = (amount: Money | null, basisMsg: Msg): Paid => ({ amount, basis: en(basisMsg), basisMsg });

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
    return paid(amount, msg('disputeText.paid.asEntered', { amount }));
  }
  const where =
    order.marketplace === 'alibaba'
      ? msg('disputeText.paid.throughAlibaba')
      : msg('disputeText.paid.atCheckout');
  const balance = latest(events, 'balance_paid');
  const deposit = latest(events, 'deposit_paid');
  if (order.marketplace === 'aliexpress') {
    const paidOn = deposit?.at ?? order.paidAt;
    if (paidOn && order.total)
      return paid(order.total, msg('disputeText.paid.total', { where, day: dayP(paidOn, timeZone) }));
  } else if (balance && order.total) {
    return paid(
      order.total,
      msg('disputeText.paid.totalWithBalance', { where, day: dayP(balance.at, timeZone) }),
    );
  } else if (deposit && order.initialPayment) {
    return paid(
      order.initialPayment,
      msg('disputeText.paid.initial', { where, day: dayP(deposit.at, timeZone) }),
    );
  } else if (deposit && order.total && !order.balance) {
    return paid(order.total, msg('disputeText.paid.total', { where, day: dayP(deposit.at, timeZone) }));
  }
  if (
    currency &&
    (order.statusKey === 'awaiting_initial_payment' || order.statusKey === 'awaiting_payment')
  ) {
    return paid(
      { minor: 0, currency },
      msg('disputeText.paid.nothingYet', { status: order.status ?? 'awaiting payment' }),
    );
  }
  if (order.statusKey === 'awaiting_balance' && order.initialPayment) {
    return paid(
      order.initialPayment,
      msg('disputeText.paid.initialAwaitingBalance', { status: order.status ?? 'awaiting balance' }),
    );
  }
  return paid(null, msg('disputeText.paid.unknown'));
}
