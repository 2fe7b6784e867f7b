import { enteredByYou } from '../corrections/facts';
import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
import { formatMoney, type Money } from '../model/money';
import { SOURCES } from '../sources';
import { findingOf, seenWhere } from './make-finding';
import { inSameCurrency, rateNote, subtract } from './money-compare';
import { enteredNote } from './provenance';
import type { Rule, RuleContext } from './types';

/**
 * The order (or the payment) is larger than the supplier's Trade Assurance
 * limit: the excess is not protected (the Jing Sourcing TA guide: a $50,000 order against a
 * $30,000 limit), and the supplier may refuse the order.
 */
export const taLimitBelowOrder: Rule = {
  id: 'ta-limit-below-order',
  severity: 'critical',
  title: "The order or payment exceeds the supplier's Trade Assurance limit",
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'ta-limit',
  source: SOURCES.taGuide,
  fix: "Before paying, reduce the order to the limit or ask the supplier to have Alibaba raise their Trade Assurance limit; do not split it into parallel orders — the limit is shared by the supplier's open orders.",
  check(ctx) {
    if (!ctx.knownLimit) return [];
    const amounts = amountsToCheck(ctx);
    let couldNotCompare: Finding | null = null;
    const limitNote = ctx.knownLimit.enteredAt
      ? enteredByYou(ctx.knownLimit.enteredAt)
      : `seen ${seenWhere(ctx.knownLimit.url, ctx.knownLimit.seenAt)}`;
    for (const { label, fact, amount } of amounts) {
      const cmp = inSameCurrency(amount, ctx.knownLimit.limit, ctx.settings.exchangeRates);
      if (!cmp.comparable) {
        // Keep looking: another amount (e.g. the payment, in the limit's currency) may still be over it.
        couldNotCompare ??= findingOf(this, {
          severity: 'warning',
          message: `The ${label}${enteredNote(ctx, fact)} could not be checked against the Trade Assurance limit (${limitNote}): ${cmp.reason}.`,
          quote: formatMoney(amount),
          fix: "Set an exchange rate (with its date) in TradeGuard's options, or compare the amounts yourself before paying.",
        });
        continue;
      }
      if (cmp.a.minor > cmp.b.minor) {
        const over = subtract(cmp.a, cmp.b);
        return [
          findingOf(this, {
            message: `The ${label} of ${formatMoney(cmp.a)}${rateNote(cmp.rate)}${enteredNote(ctx, fact)} is ${formatMoney(over)} above this supplier's Trade Assurance limit of ${formatMoney(cmp.b)} (${limitNote}). At most ${formatMoney(cmp.b)} is protected; ${formatMoney(over)} is not.`,
            quote: formatMoney(amount),
          }),
        ];
      }
    }
    return couldNotCompare ? [couldNotCompare] : [];
  },
};

/** Order total first (what the buyer will pay in all), then the amount on a payment page. */
export function amountsToCheck(ctx: RuleContext): { label: string; fact: CorrectableFact; amount: Money }[] {
  const list: { label: string; fact: CorrectableFact; amount: Money }[] = [];
  if (ctx.order?.total) list.push({ label: 'order total', fact: 'orderTotal', amount: ctx.order.total });
  if (ctx.snapshot.payment?.amount)
    list.push({ label: 'amount being paid', fact: 'paymentAmount', amount: ctx.snapshot.payment.amount });
  return list;
}
