import { convertInto } from '../limits/convert';
import type { LimitLeft } from '../limits/limit-left';
import { differsFromLimit, limitLeftOf } from '../limits/of-context';
import { arithmeticWords, uncountedWords } from '../limits/words';
import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
import { formatMoney, type Money } from '../model/money';
import { cite } from '../sources';
import { findingOf } from './make-finding';
import { enteredNote } from './provenance';
import { amountsToCheck } from './ta-limit-below-order';
import type { Rule, RuleContext } from './types';

const OTHER_BUYERS =
  "Other buyers' orders with this supplier draw on the same limit, so even less may be left than TradeGuard can count.";

/**
 * The limit is a credit line shared by the supplier's open orders, not a per-order ceiling: coverage
 * reaches only what remains of it. Judged on what the supplier's page stated remains (dated), else on
 * the limit less the buyer's own other open orders with that supplier. The whole-limit case stays
 * with ta-limit-below-order (both decide the one "limit" line of the checklist).
 */
export const taLimitRemainingBelowOrder: Rule = {
  id: 'ta-limit-remaining-below-order',
  severity: 'critical',
  title: "The order or payment exceeds what remains of the supplier's Trade Assurance limit",
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'ta-limit',
  source: cite('taGuide', "step 1, the supplier's Trade Assurance limit"),
  fix: "Before paying: wait until one of your open orders with this supplier is completed, or reduce the order to what is left (place the rest once an open order completes: parallel orders share the same limit), or ask the supplier to have Alibaba raise their Trade Assurance limit. Check the remaining amount on the supplier's page just before you pay.",
  check(ctx) {
    const left = limitLeftOf(ctx);
    if (!left || !differsFromLimit(left)) return [];
    let undecided: Finding | null = null;
    for (const { label, fact, amount } of amountsToCheck(ctx)) {
      const here = convertInto(amount, left.left.currency, ctx.settings.exchangeRates);
      if (!here) {
        undecided ??= findingOf(this, {
          severity: 'warning',
          message: `The ${label} of ${formatMoney(amount)}${enteredNote(ctx, fact)} could not be checked against what remains of the Trade Assurance limit (${arithmeticWords(left, ctx.at)}): it is in ${amount.currency} and you have not set a ${amount.currency}→${left.left.currency} rate in TradeGuard's options.`,
          quote: formatMoney(amount),
          fix: "Set an exchange rate (with its date) in TradeGuard's options, or compare the amounts yourself before paying.",
        });
        continue;
      }
      // Over the whole limit too: ta-limit-below-order says so, and the checklist line carries both facts.
      if (overWholeLimit(ctx, amount)) return [];
      if (here.amount.minor > left.left.minor)
        return [over(this, ctx, left, label, fact, amount, here.amount)];
      if (left.uncounted.length > 0)
        undecided ??= findingOf(this, {
          severity: 'warning',
          message: `TradeGuard could not check the ${label} of ${formatMoney(here.amount)} against what remains of the Trade Assurance limit: ${arithmeticWords(left, ctx.at)} would cover it, but${uncountedWords(left)}`,
          quote: formatMoney(amount),
          fix: "Open the orders named on their pages so TradeGuard can read their amounts (or set an exchange rate), and check the remaining limit on the supplier's page before you pay.",
        });
    }
    return undecided ? [undecided] : [];
  },
};

function over(
  rule: Rule,
  ctx: RuleContext,
  left: LimitLeft,
  label: string,
  fact: CorrectableFact,
  amount: Money,
  inLimitCurrency: Money,
): Finding {
  const excess = {
    minor: inLimitCurrency.minor - Math.max(left.left.minor, 0),
    currency: left.left.currency,
  };
  const maybeCounted = statedAfterThisOrder(ctx, left);
  const message = [
    `${capitalise(arithmeticWords(left, ctx.at))}; this ${label === 'order total' ? 'order' : 'payment'} of ${formatMoney(inLimitCurrency)}${enteredNote(ctx, fact)} exceeds it by ${formatMoney(excess)}.`,
    left.left.minor > 0
      ? `At most ${formatMoney(left.left)} of it is protected; ${formatMoney(excess)} is not.`
      : 'None of it is protected until an open order is completed.',
    uncountedWords(left).trim(),
    OTHER_BUYERS,
    maybeCounted
      ? `The supplier's page stated the remaining amount after this order was placed (${ctx.order?.createdAt}), so that figure may already count this order: compare it with the supplier's page before you pay.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return findingOf(rule, {
    message,
    quote: formatMoney(amount),
    // A stated figure that may already hold this order cannot block on its own.
    ...(maybeCounted ? { severity: 'warning' as const } : {}),
  });
}

function overWholeLimit(ctx: RuleContext, amount: Money): boolean {
  if (!ctx.knownLimit) return false;
  const whole = convertInto(amount, ctx.knownLimit.limit.currency, ctx.settings.exchangeRates);
  return whole !== null && whole.amount.minor > ctx.knownLimit.limit.minor;
}

function statedAfterThisOrder(ctx: RuleContext, left: LimitLeft): boolean {
  const created = ctx.order?.createdAt?.trim().replace(' ', 'T');
  if (left.basis !== 'stated' || !left.stated || !created) return false;
  return left.stated.at.slice(0, created.length) > created;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
