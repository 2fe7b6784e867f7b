import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { SupplierExposure } from '../limits/by-supplier';
import { BASIS_WORDS, leftWords, statedWords } from '../limits/words';
import { leftMsg, orderItemMsg, statedMsg, uncountedReasons } from '../limits/words-msg';
import { formatMoney } from '../model/money';
import type { FactLink } from './fact-line';

/** A supplier's limit, what is stated left, and the buyer's open orders with it — as the side panel shows it. */
export interface SupplierLimitView {
  key: string;
  name: string;
  /** "US$42,000 (seen 2026-12-01)" or "not seen yet". */
  limit: string;
  /** "US$24,363 (stated on … on 2026-11-20, 12 days ago)", when a page said it. */
  stated: string | null;
  /** "2 orders · US$50,000". */
  openOrders: string;
  orders: FactLink[];
  /** "US$17,000 left" / "nothing left (US$8,000 over)" / "unknown: …". */
  left: string;
  tone: 'good' | 'bad' | 'neutral';
  /** The same, as messages for the buyer's language (absent from views made before). */
  text?: { limit: MsgParam; stated: Msg | null; openOrders: Msg; left: Msg };
}

function countMsg(n: number, sum: SupplierExposure['sum']): Msg {
  const one = n === 1;
  return sum
    ? {
        key: one ? 'remaining.orderCountSum.one' : 'remaining.orderCountSum.other',
        params: { count: n, sum },
      }
    : { key: one ? 'remaining.orderCount.one' : 'remaining.orderCount.other', params: { count: n } };
}

function viewText(e: SupplierExposure, now: string): NonNullable<SupplierLimitView['text']> {
  const orders = countMsg(e.openOrders.length, e.sum);
  const u = e.uncounted.length;
  return {
    limit: e.limit
      ? e.limitSeenAt
        ? msg('remaining.limitSeen', { limit: e.limit, day: { day: e.limitSeenAt.slice(0, 10) } })
        : e.limit
      : msg('remaining.limitNotSeen'),
    stated: e.stated
      ? msg('remaining.statedAmount', { amount: e.stated.amount, stated: statedMsg(e.stated, now) })
      : null,
    openOrders: u
      ? msg('remaining.withNotCounted', {
          orders,
          notCounted: {
            key: u === 1 ? 'remaining.notCounted.one' : 'remaining.notCounted.other',
            params: { count: u, reasons: uncountedReasons(e.uncounted) },
          },
        })
      : orders,
    left: e.left
      ? msg(e.left.uncounted.length ? 'remaining.forNewOrderAtMost' : 'remaining.forNewOrder', {
          left: leftMsg(e.left.left),
        })
      : msg('remaining.unknownLeft'),
  };
}

export function supplierLimitView(e: SupplierExposure, now: string): SupplierLimitView {
  const n = e.openOrders.length;
  const notCounted = e.uncounted.length
    ? `; ${e.uncounted.length} not counted (${e.uncounted.map((u) => u.reason).join('; ')})`
    : '';
  return {
    key: e.key,
    name: e.name,
    limit: e.limit
      ? `${formatMoney(e.limit)}${e.limitSeenAt ? ` (seen ${e.limitSeenAt.slice(0, 10)})` : ''}`
      : "not seen yet: open the supplier's profile",
    stated: e.stated ? `${formatMoney(e.stated.amount)} (${statedWords(e.stated, now)})` : null,
    openOrders: `${n} order${n === 1 ? '' : 's'}${e.sum ? ` · ${formatMoney(e.sum)}` : ''}${notCounted}`,
    orders: e.openOrders.map((o) => ({
      text: `#${o.id} ${o.amount ? formatMoney(o.amount) : 'amount not read'} (${BASIS_WORDS[o.basis]})`,
      message: orderItemMsg(o),
      href: o.url,
    })),
    left: e.left
      ? `${leftWords(e.left.left)} for a new order${e.left.uncounted.length ? ' at most' : ''}`
      : 'unknown until TradeGuard reads the limit',
    tone: !e.left ? 'neutral' : e.left.left.minor <= 0 ? 'bad' : 'good',
    text: viewText(e, now),
  };
}
