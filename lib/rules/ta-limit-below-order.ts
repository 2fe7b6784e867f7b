import { type Msg, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
import type { Money } from '../model/money';
import { SOURCES } from '../sources';
import { findingOf, seenWhere } from './make-finding';
import { inSameCurrency, rateNote, subtract } from './money-compare';
import { enteredNote, enteredOn } from './provenance';
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
  fix: msg('rules.taLimitBelowOrder.fix'),
  check(ctx) {
    if (!ctx.knownLimit) return [];
    const amounts = amountsToCheck(ctx);
    let couldNotCompare: Finding | null = null;
    const limitNote = ctx.knownLimit.enteredAt
      ? enteredOn(ctx.knownLimit.enteredAt)
      : seenWhere(ctx.knownLimit.url, ctx.knownLimit.seenAt);
    for (const { label, fact, amount } of amounts) {
      const cmp = inSameCurrency(amount, ctx.knownLimit.limit, ctx.settings.exchangeRates);
      if (!cmp.comparable) {
        // Keep looking: another amount (e.g. the payment, in the limit's currency) may still be over it.
        couldNotCompare ??= findingOf(this, {
          severity: 'warning',
          message: msg('rules.taLimitBelowOrder.notCompared', {
            label,
            entered: enteredNote(ctx, fact),
            limitNote,
            reason: cmp.reason,
          }),
          quote: english.money(amount),
          fix: msg('rules.setRateFix'),
        });
        continue;
      }
      if (cmp.a.minor > cmp.b.minor) {
        const over = subtract(cmp.a, cmp.b);
        return [
          findingOf(this, {
            message: msg('rules.taLimitBelowOrder.over', {
              label,
              amount: cmp.a,
              rate: rateNote(cmp.rate),
              entered: enteredNote(ctx, fact),
              over,
              limit: cmp.b,
              limitNote,
            }),
            quote: english.money(amount),
          }),
        ];
      }
    }
    return couldNotCompare ? [couldNotCompare] : [];
  },
};

/** Order total first (what the buyer will pay in all), then the amount on a payment page. */
export function amountsToCheck(ctx: RuleContext): { label: Msg; fact: CorrectableFact; amount: Money }[] {
  const list: { label: Msg; fact: CorrectableFact; amount: Money }[] = [];
  if (ctx.order?.total)
    list.push({
      label: msg('rules.taLimitBelowOrder.orderTotal'),
      fact: 'orderTotal',
      amount: ctx.order.total,
    });
  if (ctx.snapshot.payment?.amount)
    list.push({
      label: msg('rules.taLimitBelowOrder.amountBeingPaid'),
      fact: 'paymentAmount',
      amount: ctx.snapshot.payment.amount,
    });
  return list;
}
