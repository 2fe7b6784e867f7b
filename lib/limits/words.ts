import { differenceInCalendarDays, parseISO } from 'date-fns';
import { formatMoney, type Money } from '../model/money';
import { seenWhere } from '../rules/make-finding';
import type { LimitLeft } from './limit-left';
import { differsFromLimit } from './of-context';
import type { AtRiskBasis, StatedRemaining } from './types';

/** Said beside an open order's amount: how TradeGuard judged what it holds of the limit. */
export const BASIS_WORDS: Record<AtRiskBasis, string> = {
  'total-before-payment': 'order total, not paid yet',
  'total-part-paid': 'order total, initial payment made',
  'paid-not-delivered': 'paid, not yet delivered',
  'delivered-not-completed': 'delivered, order not yet completed',
  'total-status-unknown': 'order total, status not read',
};

/** "13 days ago", "today": how old a stated figure is, from the moment of judging. */
export function ageWords(at: string, now: string | undefined): string {
  if (!now) return '';
  const days = differenceInCalendarDays(parseISO(now), parseISO(at));
  if (!Number.isFinite(days) || days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

export function statedWords(stated: StatedRemaining, now: string | undefined): string {
  const age = ageWords(stated.at, now);
  return `stated ${seenWhere(stated.url, stated.at)}${age ? `, ${age}` : ''}`;
}

/** "= US$17,000 left" or "= nothing left (US$8,000 over)". */
export function leftWords(left: Money): string {
  return left.minor >= 0
    ? `${formatMoney(left)} left`
    : `nothing left (${formatMoney({ minor: -left.minor, currency: left.currency })} over)`;
}

/**
 * The arithmetic, as the buyer can redo it: "limit US$42,000 − your open order #218… US$25,000
 * (paid, not yet delivered) = US$17,000 left".
 */
export function arithmeticWords(left: LimitLeft, now: string | undefined): string {
  const start =
    left.basis === 'stated' && left.stated
      ? `remaining limit ${formatMoney(left.start)} (${statedWords(left.stated, now)})`
      : `limit ${formatMoney(left.start)}`;
  if (left.counted.length === 0) return `${start} = ${leftWords(left.left)}`;
  const since = left.basis === 'stated' ? ' placed since' : '';
  const orders = left.counted
    .map(({ order, amount, rate }) => {
      const converted = rate ? ` (${formatMoney(order.amount!)} at your rate of ${rate.date})` : '';
      return `#${order.id} ${formatMoney(amount)}${converted} (${BASIS_WORDS[order.basis]})`;
    })
    .join(', ');
  const noun = left.counted.length === 1 ? 'order' : 'orders';
  return `${start} − your open ${noun}${since} ${orders} = ${leftWords(left.left)}`;
}

/** "; 1 more open order could not be counted: …" — never silence about what is missing. */
export function uncountedWords(left: LimitLeft): string {
  if (left.uncounted.length === 0) return '';
  const n = left.uncounted.length;
  return ` ${n} more open order${n === 1 ? '' : 's'} with this supplier could not be counted (${left.uncounted.map((u) => u.reason).join('; ')}), so even less may be left.`;
}

/** One sentence for the checklist's limit line and the card: what remains, when anything was taken off. */
export function remainingSentence(left: LimitLeft | null, now: string | undefined): string | null {
  if (!left || !differsFromLimit(left)) return null;
  return `What remains: ${arithmeticWords(left, now)}.${uncountedWords(left)}`;
}
