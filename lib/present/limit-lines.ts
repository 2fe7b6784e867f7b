import { type Msg, msg } from '../i18n/msg';
import { limitLeftOf } from '../limits/of-context';
import { sumOrders } from '../limits/sum-orders';
import { BASIS_WORDS, statedWords } from '../limits/words';
import { orderItemMsg, statedMsg, uncountedReasons } from '../limits/words-msg';
import { formatMoney } from '../model/money';
import type { RuleContext } from '../rules/types';
import type { FactLine } from './fact-line';

/**
 * Beside the limit: what the supplier's page stated remains (with its date), and the buyer's own open
 * orders with this supplier (count and sum, each linked to its page). `always`: say "none seen" too
 * (order and payment pages, where the buyer is about to add one).
 */
export function remainingLines(ctx: RuleContext, always: boolean): FactLine[] {
  const lines: FactLine[] = [];
  const stated = ctx.statedRemaining;
  if (stated)
    lines.push({
      label: 'Limit still available',
      value: formatMoney(stated.amount),
      source: statedWords(stated, ctx.at),
      tone: 'neutral',
      text: { label: msg('facts.taRemaining'), value: stated.amount, source: statedMsg(stated, ctx.at) },
    });
  const orders = ctx.openOrders ?? [];
  if (orders.length === 0) {
    if (always && (ctx.knownLimit || stated))
      lines.push({
        label: 'Your open orders with this supplier',
        value: 'none TradeGuard has seen',
        text: { label: msg('remaining.openOrders'), value: msg('remaining.noneSeen') },
      });
    return lines;
  }
  const currency =
    ctx.knownLimit?.limit.currency ??
    stated?.amount.currency ??
    orders.find((o) => o.amount)?.amount?.currency;
  const sum = currency ? sumOrders(orders, currency, ctx.settings.exchangeRates) : null;
  const count = `${orders.length} order${orders.length === 1 ? '' : 's'}`;
  const total = sum && sum.counted.length > 0 ? ` · ${formatMoney(sum.sum)}` : '';
  const left = limitLeftOf(ctx);
  const n = orders.length;
  const countMsg =
    sum && sum.counted.length > 0
      ? {
          key: n === 1 ? 'remaining.orderCountSum.one' : 'remaining.orderCountSum.other',
          params: { count: n, sum: sum.sum },
        }
      : { key: n === 1 ? 'remaining.orderCount.one' : 'remaining.orderCount.other', params: { count: n } };
  lines.push({
    label: 'Your open orders with this supplier',
    value: `${count}${total}`,
    text: {
      label: msg('remaining.openOrders'),
      value: countMsg as Msg,
      ...(sum && sum.uncounted.length > 0
        ? { note: msg('remaining.notInSum', { reasons: uncountedReasons(sum.uncounted) }) }
        : {}),
    },
    tone: left && left.left.minor <= 0 ? 'bad' : 'neutral',
    ...(sum && sum.uncounted.length > 0
      ? { note: `Not in the sum: ${sum.uncounted.map((u) => u.reason).join('; ')}.` }
      : {}),
    links: orders.map((o) => ({
      text: `#${o.id} ${o.amount ? formatMoney(o.amount) : 'amount not read'} (${BASIS_WORDS[o.basis]})`,
      message: orderItemMsg(o),
      href: o.url,
    })),
  });
  return lines;
}
