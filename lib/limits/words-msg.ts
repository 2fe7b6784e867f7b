import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { MessageKey } from '../i18n/keys';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { Money } from '../model/money';
import type { LimitLeft } from './limit-left';
import { differsFromLimit } from './of-context';
import type { UncountedOrder } from './sum-orders';
import type { AtRiskBasis, OpenOrder, StatedRemaining } from './types';

/**
 * The remaining-limit sentences of words.ts as messages, for the buyer's language: the same
 * arithmetic the buyer can redo, every amount and day written by Intl when it is shown.
 * (words.ts keeps the English the command line and stored findings carry.)
 */

export const BASIS_KEY: Record<AtRiskBasis, MessageKey> = {
  'total-before-payment': 'remaining.basis.totalBeforePayment',
  'total-part-paid': 'remaining.basis.totalPartPaid',
  'paid-not-delivered': 'remaining.basis.paidNotDelivered',
  'delivered-not-completed': 'remaining.basis.deliveredNotCompleted',
  'total-status-unknown': 'remaining.basis.totalStatusUnknown',
};

/** "one" for exactly 1, else "other": right for these languages' whole counts of 1 and more. */
const countKey = (base: string, n: number) => `${base}.${n === 1 ? 'one' : 'other'}` as MessageKey;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function ageMsg(at: string, now: string | undefined): Msg | null {
  if (!now) return null;
  const days = differenceInCalendarDays(parseISO(now), parseISO(at));
  if (!Number.isFinite(days) || days <= 0) return msg('remaining.age.today');
  return { key: countKey('remaining.age.daysAgo', days), params: { count: days } };
}

/** "stated on sunrisekitchen.en.alibaba.com on 20 Nov 2026, 12 days ago". */
export function statedMsg(stated: StatedRemaining, now: string | undefined): Msg {
  const where = { host: hostOf(stated.url), day: { day: stated.at.slice(0, 10) } };
  const age = ageMsg(stated.at, now);
  return age ? msg('remaining.statedAge', { ...where, age }) : msg('remaining.stated', where);
}

/** "US$17,000 left" / "nothing left (US$8,000 over)". */
export function leftMsg(left: Money): Msg {
  return left.minor >= 0
    ? msg('remaining.left', { amount: left })
    : msg('remaining.nothingLeft', { amount: { minor: -left.minor, currency: left.currency } });
}

/** "#218… US$25,000 (paid, not yet delivered)", or "amount not read". */
export function orderItemMsg(order: OpenOrder): Msg {
  return msg('remaining.orderItem', {
    id: order.id,
    amount: order.amount ?? msg('remaining.amountNotRead'),
    basis: { key: BASIS_KEY[order.basis] },
  });
}

export function uncountedReasonMsg(u: UncountedOrder): Msg {
  const amount = u.order.amount;
  return amount && u.target
    ? msg('remaining.uncountedNoRate', {
        id: u.order.id,
        currency: amount.currency,
        amount,
        target: u.target,
      })
    : msg('remaining.uncountedNotRead', { id: u.order.id });
}

const reasons = (list: readonly UncountedOrder[]): MsgParam => ({ list: list.map(uncountedReasonMsg) });

/** "limit US$42,000 − your open order #218… US$25,000 (paid, not yet delivered) = US$17,000 left". */
export function arithmeticMsg(
  left: LimitLeft,
  now: string | undefined,
  opts: { sentenceStart?: boolean } = {},
): Msg {
  const title = opts.sentenceStart === true;
  const start =
    left.basis === 'stated' && left.stated
      ? msg(title ? 'remaining.startStatedTitle' : 'remaining.startStated', {
          amount: left.start,
          stated: statedMsg(left.stated, now),
        })
      : msg(title ? 'remaining.startLimitTitle' : 'remaining.startLimit', { amount: left.start });
  const leftWords = leftMsg(left.left);
  if (left.counted.length === 0) return msg('remaining.equals', { start, left: leftWords });
  const orders: MsgParam = {
    sep: ', ',
    list: left.counted.map(({ order, amount, rate }) =>
      rate
        ? msg('remaining.orderItemConverted', {
            id: order.id,
            amount,
            original: order.amount!,
            date: { day: rate.date },
            basis: { key: BASIS_KEY[order.basis] },
          })
        : msg('remaining.orderItem', { id: order.id, amount, basis: { key: BASIS_KEY[order.basis] } }),
    ),
  };
  const base = left.basis === 'stated' ? 'remaining.minusSince' : 'remaining.minus';
  return { key: countKey(base, left.counted.length), params: { start, orders, left: leftWords } };
}

/** "1 more open order with this supplier could not be counted (…), so even less may be left." */
export function uncountedMsg(left: LimitLeft): Msg | null {
  const n = left.uncounted.length;
  if (n === 0) return null;
  return { key: countKey('remaining.uncounted', n), params: { count: n, reasons: reasons(left.uncounted) } };
}

/** The checklist's and the card's sentence: what remains, when anything was taken off. */
export function remainingSentenceMsg(left: LimitLeft | null, now: string | undefined): Msg | null {
  if (!left || !differsFromLimit(left)) return null;
  const arithmetic = arithmeticMsg(left, now);
  const uncounted = uncountedMsg(left);
  return uncounted
    ? msg('remaining.whatRemainsUncounted', { arithmetic, uncounted })
    : msg('remaining.whatRemains', { arithmetic });
}

export { reasons as uncountedReasons };
