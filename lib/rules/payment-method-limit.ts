import { type Msg, msg } from '../i18n/msg';
import type { Money } from '../model/money';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { inSameCurrency } from './money-compare';
import { classifyPaymentMethod, methodLimit, PAYMENT_METHODS } from './payment-methods';
import { enteredNote } from './provenance';
import type { Rule, RuleContext } from './types';

/** The chosen method cannot carry this amount in one Trade Assurance payment (the domhaines.com TA refund article and the Jing Sourcing TA guide). */
export const paymentMethodLimit: Rule = {
  id: 'payment-method-limit',
  severity: 'warning',
  title: "The payment method's per-transaction limit is below the amount",
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'method',
  source: SOURCES.taGuide,
  fix: msg('rules.paymentMethodLimit.fix'),
  check(ctx) {
    const methodText = ctx.snapshot.payment?.method ?? ctx.order?.paymentMethod ?? null;
    const kind = classifyPaymentMethod(methodText);
    if (!kind) return [];
    const limit = methodLimit(kind, ctx.settings.bankAccountCountry);
    const amount = amountBeingPaid(ctx);
    if (!limit || !amount) return [];
    const cmp = inSameCurrency(amount, limit, ctx.settings.exchangeRates);
    const info = PAYMENT_METHODS[kind];
    if (!cmp.comparable) {
      return [
        findingOf(this, {
          message: msg('rules.paymentMethodLimit.notCompared', {
            method: info.label,
            entered: enteredNote(ctx, 'paymentMethod'),
            limit,
            reason: cmp.reason,
          }),
          quote: methodText ?? '',
          fix: msg('rules.paymentMethodLimit.notComparedFix'),
        }),
      ].map((f) => ({ ...f, source: info.source }));
    }
    if (cmp.a.minor <= cmp.b.minor) return [];
    return [
      findingOf(this, {
        message: msg('rules.paymentMethodLimit.over', {
          method: info.label,
          entered: enteredNote(ctx, 'paymentMethod'),
          limit,
          note: info.note,
          amount,
          amountEntered: amountNote(ctx, amount),
        }),
        quote: methodText ?? '',
      }),
    ].map((f) => ({ ...f, source: info.source }));
  },
};

/** The amount's own source: the payment page's amount, or the order total when that is what is paid. */
function amountNote(ctx: RuleContext, amount: Money): Msg | '' {
  if (ctx.snapshot.payment?.amount) return enteredNote(ctx, 'paymentAmount');
  return amount === ctx.order?.total ? enteredNote(ctx, 'orderTotal') : '';
}

function amountBeingPaid(ctx: RuleContext): Money | null {
  if (ctx.snapshot.payment?.amount) return ctx.snapshot.payment.amount;
  const o = ctx.order;
  if (!o) return null;
  // Before the deposit is paid the next payment is the initial payment; afterwards the balance.
  if (o.statusKey === 'awaiting_balance') return o.balance ?? o.total;
  return o.initialPayment ?? o.total;
}
