import type { Msg } from '../i18n/msg';
import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { convertInto } from '../limits/convert';
import type { LimitLeft } from '../limits/limit-left';
import { differsFromLimit, limitLeftOf } from '../limits/of-context';
import { arithmeticWords, uncountedWords } from '../limits/words';
import { arithmeticMsg, uncountedMsg } from '../limits/words-msg';
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
        undecided ??= translated(
          findingOf(this, {
            severity: 'warning',
            message: `The ${english.render(label)} of ${formatMoney(amount)}${english.param(enteredNote(ctx, fact))} could not be checked against what remains of the Trade Assurance limit (${arithmeticWords(left, ctx.at)}): it is in ${amount.currency} and you have not set a ${amount.currency}→${left.left.currency} rate in TradeGuard's options.`,
            quote: formatMoney(amount),
            fix: "Set an exchange rate (with its date) in TradeGuard's options, or compare the amounts yourself before paying.",
          }),
          msg('remaining.rule.noRate', {
            label,
            amount,
            entered: enteredNote(ctx, fact),
            arithmetic: arithmeticMsg(left, ctx.at),
            currency: amount.currency,
            target: left.left.currency,
          }),
          msg('remaining.rule.noRateFix'),
        );
        continue;
      }
      // Over the whole limit too: ta-limit-below-order says so, and the checklist line carries both facts.
      if (overWholeLimit(ctx, amount)) return [];
      if (here.amount.minor > left.left.minor)
        return [over(this, ctx, left, label, fact, amount, here.amount)];
      if (left.uncounted.length > 0)
        undecided ??= translated(
          findingOf(this, {
            severity: 'warning',
            message: `TradeGuard could not check the ${english.render(label)} of ${formatMoney(here.amount)} against what remains of the Trade Assurance limit: ${arithmeticWords(left, ctx.at)} would cover it, but${uncountedWords(left)}`,
            quote: formatMoney(amount),
            fix: "Open the orders named on their pages so TradeGuard can read their amounts (or set an exchange rate), and check the remaining limit on the supplier's page before you pay.",
          }),
          msg('remaining.rule.undecided', {
            label,
            amount: here.amount,
            arithmetic: arithmeticMsg(left, ctx.at),
            uncounted: uncountedMsg(left) ?? '',
          }),
          msg('remaining.rule.undecidedFix'),
        );
    }
    return undecided ? [undecided] : [];
  },
};

function over(
  rule: Rule,
  ctx: RuleContext,
  left: LimitLeft,
  label: Msg,
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
    `${capitalise(arithmeticWords(left, ctx.at))}; this ${label.key === 'rules.taLimitBelowOrder.orderTotal' ? 'order' : 'payment'} of ${formatMoney(inLimitCurrency)}${english.param(enteredNote(ctx, fact))} exceeds it by ${formatMoney(excess)}.`,
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
  const isOrder = label.key === 'rules.taLimitBelowOrder.orderTotal';
  // Whole sentences after the first, each looked up in the buyer's language.
  const more: Msg[] = [
    left.left.minor > 0
      ? msg('remaining.rule.partProtected', { left: left.left, excess })
      : msg('remaining.rule.noneProtected'),
    ...[uncountedMsg(left)].filter((m): m is Msg => m !== null),
    msg('remaining.rule.otherBuyers'),
    ...(maybeCounted ? [msg('remaining.rule.maybeCounted', { created: ctx.order?.createdAt ?? '' })] : []),
  ];
  return translated(
    findingOf(rule, {
      message,
      quote: formatMoney(amount),
      // A stated figure that may already hold this order cannot block on its own.
      ...(maybeCounted ? { severity: 'warning' as const } : {}),
    }),
    msg(isOrder ? 'remaining.rule.over' : 'remaining.rule.overPayment', {
      arithmetic: arithmeticMsg(left, ctx.at, { sentenceStart: true }),
      amount: inLimitCurrency,
      entered: enteredNote(ctx, fact),
      excess,
      more: { list: more, sep: ' ' },
    }),
    msg('remaining.rule.fix'),
  );
}

/**
 * The finding's words for the buyer's language. The English message stays as the command line has
 * always printed it (ISO days in the arithmetic); the buyer's language writes days and money by Intl.
 */
function translated(finding: Finding, message: Msg, fix: Msg): Finding {
  return { ...finding, text: { message, fix } };
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
